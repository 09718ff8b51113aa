import * as migration_20261129_145223_initial from './20261129_145223_initial';

export const migrations = [
  {
    up: migration_20261129_145223_initial.up,
    down: migration_20261129_145223_initial.down,
    name: '20261129_145223_initial'
  },
];
