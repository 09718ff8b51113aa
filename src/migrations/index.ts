import * as migration_20261129_145223_initial from './20261129_145223_initial';
import * as migration_20261129_171918_communication_packs from './20261129_171918_communication_packs';
import * as migration_20261205_090713_rename_edition_delivery_to_sending from './20261205_090713_rename_edition_delivery_to_sending';
import * as migration_20261205_141244_organisations_and_verified_route from './20261205_141244_organisations_and_verified_route';
import * as migration_20261205_151048_pack_mailings from './20261205_151048_pack_mailings';
import * as migration_20261205_151414_remove_contact_details_checked from './20261205_151414_remove_contact_details_checked';
import * as migration_20261205_210738_drop_account_lock from './20261205_210738_drop_account_lock';
import * as migration_20261205_211257_public_edges from './20261205_211257_public_edges';
import * as migration_20261205_215516_media_public_flag from './20261205_215516_media_public_flag';
import * as migration_20261206_034602_shared_limits_and_invalidations from './20261206_034602_shared_limits_and_invalidations';
import * as migration_20261206_034856_media_storage_fields from './20261206_034856_media_storage_fields';
import * as migration_20261206_035940_subscriber_imports from './20261206_035940_subscriber_imports';
import * as migration_20261206_044507_scale_indexes from './20261206_044507_scale_indexes';
import * as migration_20261206_045155_send_windows from './20261206_045155_send_windows';

export const migrations = [
  {
    up: migration_20261129_145223_initial.up,
    down: migration_20261129_145223_initial.down,
    name: '20261129_145223_initial',
  },
  {
    up: migration_20261129_171918_communication_packs.up,
    down: migration_20261129_171918_communication_packs.down,
    name: '20261129_171918_communication_packs',
  },
  {
    up: migration_20261205_090713_rename_edition_delivery_to_sending.up,
    down: migration_20261205_090713_rename_edition_delivery_to_sending.down,
    name: '20261205_090713_rename_edition_delivery_to_sending',
  },
  {
    up: migration_20261205_141244_organisations_and_verified_route.up,
    down: migration_20261205_141244_organisations_and_verified_route.down,
    name: '20261205_141244_organisations_and_verified_route',
  },
  {
    up: migration_20261205_151048_pack_mailings.up,
    down: migration_20261205_151048_pack_mailings.down,
    name: '20261205_151048_pack_mailings',
  },
  {
    up: migration_20261205_151414_remove_contact_details_checked.up,
    down: migration_20261205_151414_remove_contact_details_checked.down,
    name: '20261205_151414_remove_contact_details_checked',
  },
  {
    up: migration_20261205_210738_drop_account_lock.up,
    down: migration_20261205_210738_drop_account_lock.down,
    name: '20261205_210738_drop_account_lock',
  },
  {
    up: migration_20261205_211257_public_edges.up,
    down: migration_20261205_211257_public_edges.down,
    name: '20261205_211257_public_edges',
  },
  {
    up: migration_20261205_215516_media_public_flag.up,
    down: migration_20261205_215516_media_public_flag.down,
    name: '20261205_215516_media_public_flag',
  },
  {
    up: migration_20261206_034602_shared_limits_and_invalidations.up,
    down: migration_20261206_034602_shared_limits_and_invalidations.down,
    name: '20261206_034602_shared_limits_and_invalidations',
  },
  {
    up: migration_20261206_034856_media_storage_fields.up,
    down: migration_20261206_034856_media_storage_fields.down,
    name: '20261206_034856_media_storage_fields',
  },
  {
    up: migration_20261206_035940_subscriber_imports.up,
    down: migration_20261206_035940_subscriber_imports.down,
    name: '20261206_035940_subscriber_imports',
  },
  {
    up: migration_20261206_044507_scale_indexes.up,
    down: migration_20261206_044507_scale_indexes.down,
    name: '20261206_044507_scale_indexes',
  },
  {
    up: migration_20261206_045155_send_windows.up,
    down: migration_20261206_045155_send_windows.down,
    name: '20261206_045155_send_windows'
  },
];
