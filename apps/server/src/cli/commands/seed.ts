import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEMO_PASSWORD, DEMO_USERNAME_PREFIX } from '../../modules/demo/accounts.js';
import type { CommunityLifeCounts } from '../../modules/seeding/community-life.service.js';
import type { ScaleSeedPhase } from '../../modules/seeding/scale-seed.service.js';
import { scaleNames, scales, type ScaleName } from '../../modules/seeding/scales.js';
import { CliError, EXIT } from '../cli-error.js';
import { demoProgressReporter } from '../demo-progress.js';
import { configFrom, describeDatabase } from '../options.js';
import { progressBar, type Progress } from '../progress.js';

interface ScaleOptions {
  scale?: ScaleName;
  seed?: number;
  force?: boolean;
  communityLife?: boolean;
}

function parseSeed(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('a seed is a whole number from 0 to 999999999.');
  return Number(value);
}

export function registerSeedCommands(program: Command) {
  const seed = program
    .command('seed')
    .description('Load sample data: the demo (`linli seed demo`) or generated organizations at a scale (`linli seed --scale city`).')
    .addOption(new Option('--scale <scale>', 'generate organizations on the real regions at this scale').choices(scaleNames))
    .option('--seed <n>', 'the generator seed: the same seed gives the same organizations (default 2026)', parseSeed)
    .option('--force', 'with --scale national: run even on the embedded database (PGlite)')
    .option('--community-life', 'with --scale up to city: also volunteers, activities, volunteer needs and service records (24 months)')
    .addHelpText(
      'after',
      `\nScales:\n${scaleNames.map((name) => `  ${name.padEnd(10)} ${scales[name].description}`).join('\n')}\n\n` +
        'Regions are imported first. Re-running with the same seed adds nothing; another seed adds other organizations.\n' +
        'Names, tiers, fields, members, leaders, hubs and flags are generated; phone and ID numbers, credit codes and\n' +
        'filing numbers stay empty.\n\nWith --community-life, every community gets 30–130 registered volunteers (resident accounts nobody can\n' +
        'sign in to) and every organization about an activity a month over the last 24 months, with volunteer needs,\n' +
        'sign-ups and confirmed service records: at city scale about 500,000 volunteers, 2 million activities and\n' +
        '20 million records (a PostgreSQL server: about 17 minutes on 2 cores).\n\n' +
        'Examples:\n  linli seed --scale city\n  linli seed --scale district --seed 7 --community-life\n' +
        '  DATABASE_URL=postgres://… LINLI_MASTER_KEY=… linli seed --scale national',
    )
    .action(async (options: ScaleOptions, command: Command) => {
      if (!options.scale) command.help({ error: true });
      await seedAtScale(options as ScaleOptions & { scale: ScaleName });
    });
  seed
    .command('demo')
    .description(
      `Load the demo: the regions of 上海市, 天津市, 杭州市 and 宿州市, one ${DEMO_USERNAME_PREFIX}* account per role (password ${DEMO_PASSWORD}), organizations in 黄浦区 and filings in 南京东路街道. Skips when the demo accounts exist.`,
    )
    .option(
      '--force',
      'load even though the database has other (real) accounts; never on a production database: the demo passwords are public',
    )
    .action(async (demoOptions: { force?: boolean }) => {
      // `seed` has a --force of its own, and commander hands `seed demo --force` to it: honour either.
      const options = { force: demoOptions.force || seed.opts<ScaleOptions>().force };
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

async function seedAtScale(options: ScaleOptions & { scale: ScaleName }) {
  const config = configFrom();
  if (options.communityLife && !scales[options.scale].communityLife)
    throw new CliError(
      `--community-life goes up to city scale; at ${options.scale} scale it would be tens of times 上海's 20 million records`,
      EXIT.usage,
    );
  if (scales[options.scale].serverOnly && !config.databaseUrl) {
    process.stderr.write(
      `warning: --scale ${options.scale} writes about 4.5 million organizations; it is meant for a PostgreSQL server (DATABASE_URL), not ${describeDatabase(config)}\n`,
    );
    if (!options.force) throw new CliError('refusing to run it on the embedded database (add --force to do it anyway)');
  }
  const [{ seedScale }, { withRuntime }] = await Promise.all([
    import('../../modules/seeding/scale-seed.service.js'),
    import('../runtime.js'),
  ]);
  // A live bar needs a total: count the region rows first (a second or two), as `import regions` does.
  let regionRows = 0;
  if (process.stderr.isTTY) {
    const { readRegions } = await import('../../modules/regions/region-source.js');
    for await (const _row of readRegions(scales[options.scale].importPrefixes)) regionRows++;
  }
  const summary = await withRuntime(config, async ({ services }) => {
    const shown: { phase?: ScaleSeedPhase; bar?: Progress } = {};
    try {
      return await seedScale(services, {
        scale: options.scale,
        seed: options.seed,
        communityLife: options.communityLife ? {} : undefined,
        onProgress({ phase, done, total }) {
          if (shown.phase !== phase) {
            shown.bar?.stop();
            shown.phase = phase;
            shown.bar =
              phase === 'regions'
                ? progressBar('regions', Math.max(regionRows, 1), 'rows')
                : phase === 'indexes'
                  ? progressBar('indexes', Math.max(total, 1), 'indexes')
                  : progressBar(phase, Math.max(total, 1), 'communities');
          }
          shown.bar!.update(done);
        },
      });
    } finally {
      shown.bar?.stop();
    }
  });
  const n = (value: number, unit: string) => `${value.toLocaleString('en-US')} ${unit}${value === 1 ? '' : 's'}`;
  process.stdout.write(
    `seed --scale ${summary.scale} --seed ${summary.seed}: ${n(summary.streets, 'street')}, ${n(summary.communities, 'community').replace(/ys$/, 'ies')}; ` +
      `${n(summary.inserted, 'new organization')} (${n(summary.total, 'organization')} in the region)` +
      (summary.communityLife ? `; ${communityLifeLine(summary.communityLife)}` : '') +
      ` in ${(summary.milliseconds / 1000).toFixed(1)} s\n`,
  );
}

function communityLifeLine(life: CommunityLifeCounts) {
  const parts: [number, string][] = [
    [life.volunteers, 'volunteers'],
    [life.activities, 'activities'],
    [life.needs, 'needs'],
    [life.signups, 'sign-ups'],
    [life.records, 'service records'],
  ];
  return `new: ${parts.map(([value, unit]) => `${value.toLocaleString('en-US')} ${unit}`).join(', ')}`;
}
