import * as migration_20261129_141632_initial from './20261129_141632_initial';

export const migrations = [
  {
    up: migration_20261129_141632_initial.up,
    down: migration_20261129_141632_initial.down,
    name: '20261129_141632_initial'
  },
];
