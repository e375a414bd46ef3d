// The `linli` command: one executable with subcommands (architecture.md "The command line").
import { Command } from 'commander';
import { createRequire } from 'node:module';
import { registerAuditCommands } from './commands/audit.js';
import { registerExportCommands } from './commands/export.js';
import { registerImportCommands } from './commands/import.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerSeedCommands } from './commands/seed.js';
import { registerStartCommand } from './commands/start.js';
import { registerUserCommands } from './commands/users.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

export function buildProgram(): Command {
  const program = new Command('linli')
    .description(
      'Linli (邻里): the platform for community social organizations.\n\nConfiguration comes from the environment: PORT, HOST, DATABASE_URL (PostgreSQL; PGlite in LINLI_DATA_DIR/pglite when unset), LINLI_DATA_DIR (default ./data), LINLI_MASTER_KEY (required with DATABASE_URL), LINLI_LOG_LEVEL.',
    )
    .version(version)
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ outputError: (text, write) => write(text) });
  registerStartCommand(program);
  registerMigrateCommand(program);
  registerImportCommands(program);
  registerSeedCommands(program);
  registerExportCommands(program);
  registerAuditCommands(program);
  registerUserCommands(program);
  program.addHelpText('after', '\nExit codes: 0 success, 1 failure, 2 usage error.');
  return program;
}
