import * as migration_20261129_132930_initial from './20261129_132930_initial';

export const migrations = [
  {
    up: migration_20261129_132930_initial.up,
    down: migration_20261129_132930_initial.down,
    name: '20261129_132930_initial'
  },
];
