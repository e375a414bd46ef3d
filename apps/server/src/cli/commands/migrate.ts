import type { Command } from 'commander';
import { configFrom, describeDatabase } from '../options.js';

export function registerMigrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Apply the database migrations that have not run yet.')
    .action(async () => {
      const [{ migrate }, { withRuntime }] = await Promise.all([import('../../db/migrate.js'), import('../runtime.js')]);
      const config = configFrom();
      const applied = await withRuntime(config, ({ database }) => migrate(database), { migrate: false });
      process.stdout.write(`${describeDatabase(config)}: applied ${applied} migration(s)${applied === 0 ? ', already up to date' : ''}\n`);
    });
}
