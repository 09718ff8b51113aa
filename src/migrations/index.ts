import * as migration_20261129_142957_initial from './20261129_142957_initial';

export const migrations = [
  {
    up: migration_20261129_142957_initial.up,
    down: migration_20261129_142957_initial.down,
    name: '20261129_142957_initial'
  },
];
