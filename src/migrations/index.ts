import * as migration_20261129_145223_initial from './20261129_145223_initial';
import * as migration_20261129_171918_communication_packs from './20261129_171918_communication_packs';

export const migrations = [
  {
    up: migration_20261129_145223_initial.up,
    down: migration_20261129_145223_initial.down,
    name: '20261129_145223_initial',
  },
  {
    up: migration_20261129_171918_communication_packs.up,
    down: migration_20261129_171918_communication_packs.down,
    name: '20261129_171918_communication_packs'
  },
];
