import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { configFrom } from '../options.js';

export function registerAuditCommands(program: Command) {
  const audit = program.command('audit').description('Work with the tamper-evident audit trail.');
  audit
    .command('verify')
    .description('Recompute the hash chain of every audit event. Exit code 0 when intact, 1 at the first altered or unlinked event.')
    .action(async () => {
      const [{ verifyAuditChain }, { withRuntime }] = await Promise.all([import('../../platform/audit.js'), import('../runtime.js')]);
      const result = await withRuntime(configFrom(), ({ database }) => verifyAuditChain(database.db));
      if (!result.ok) {
        process.stdout.write(
          `tampered: event #${result.firstBadEventId} (${result.problem}); the ${result.checked} event(s) before it are intact\n`,
        );
        throw new CliError('');
      }
      process.stdout.write(`ok: ${result.checked} events verified\n`);
    });
}
