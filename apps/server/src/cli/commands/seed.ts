import type { Command } from 'commander';
import { DEMO_PASSWORD, DEMO_USERNAME_PREFIX } from '../../modules/demo/accounts.js';
import { CliError } from '../cli-error.js';
import { demoProgressReporter } from '../demo-progress.js';
import { configFrom } from '../options.js';

export function registerSeedCommands(program: Command) {
  const seed = program.command('seed').description('Load sample data.');
  seed
    .command('demo')
    .description(
      `Load the demo: the regions of 上海市, 天津市, 杭州市 and 宿州市, one ${DEMO_USERNAME_PREFIX}* account per role (password ${DEMO_PASSWORD}), organizations in 黄浦区 and filings in 南京东路街道. Skips when the demo accounts exist.`,
    )
    .option(
      '--force',
      'load even though the database has other (real) accounts; never on a production database: the demo passwords are public',
    )
    .action(async (options: { force?: boolean }) => {
      const [{ countUsers }, { demoLoaded, loadDemoData }, { withRuntime }] = await Promise.all([
        import('../../modules/demo/demo.repository.js'),
        import('../../modules/demo/demo.service.js'),
        import('../runtime.js'),
      ]);
      await withRuntime(configFrom(), async ({ services }) => {
        if (await demoLoaded(services)) {
          process.stdout.write('demo data already loaded: nothing to do\n');
          return;
        }
        if (!options.force && (await countUsers(services.database.db)) > 0) {
          throw new CliError(
            'this database has accounts that are not demo accounts; refusing to add demo accounts with a public password (use --force to do it anyway)',
          );
        }
        const progress = demoProgressReporter();
        const summary = await loadDemoData(services, { onProgress: progress.onProgress, countRegions: progress.interactive }).finally(() =>
          progress.finish(),
        );
        const filings = Object.entries(summary.filings)
          .map(([status, n]) => `${status} ${n}`)
          .join(', ');
        process.stdout.write(
          `demo data loaded: ${summary.regions.written} regions written (${summary.regions.seen} seen), ${summary.accounts} accounts, ${summary.organizations} organizations, filings: ${filings || 'none'}\n`,
        );
      });
    });
}
