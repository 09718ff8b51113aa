import * as migration_20261129_140550_initial from './20261129_140550_initial';

export const migrations = [
  {
    up: migration_20261129_140550_initial.up,
    down: migration_20261129_140550_initial.down,
    name: '20261129_140550_initial'
  },
];
