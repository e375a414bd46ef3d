import { Option, type Command } from 'commander';
import { CliError } from '../cli-error.js';
import { configFrom, parseRegionCode } from '../options.js';
import { progressBar } from '../progress.js';
import { registerImportOrgsCommand } from './import-orgs.js';

interface RegionOptions {
  province?: string[];
  prefix?: string[];
  all?: boolean;
}

export function registerImportCommands(program: Command) {
  const importCommand = program.command('import').description('Import reference data and organization ledgers.');
  registerImportOrgsCommand(importCommand);
  importCommand
    .command('regions')
    .description(
      'Import the real administrative divisions (National Bureau of Statistics codes), province to community. Re-running changes nothing.',
    )
    .addOption(
      new Option('--province <code...>', 'whole provinces by 2-digit code, e.g. 31 12')
        .argParser(parseRegionCode)
        .conflicts(['prefix', 'all']),
    )
    .addOption(
      new Option('--prefix <code...>', 'regions under these codes, e.g. 3301 310101')
        .argParser(parseRegionCode)
        .conflicts(['province', 'all']),
    )
    .addOption(new Option('--all', 'all of China (about 665,000 rows; takes a few minutes)').conflicts(['province', 'prefix']))
    .addHelpText(
      'after',
      '\nExamples:\n  linli import regions --province 31 12\n  linli import regions --prefix 310101\n  linli import regions --all',
    )
    .action(async (options: RegionOptions, command: Command) => {
      if (options.province?.some((code) => code.length !== 2))
        command.error('error: --province takes 2-digit province codes; use --prefix for smaller regions');
      const prefixes = options.all ? [] : (options.province ?? options.prefix);
      if (!prefixes) command.error('error: choose what to import: --province <code...>, --prefix <code...> or --all');

      const [{ readRegions }, { importRegions }, { withRuntime }] = await Promise.all([
        import('../../modules/regions/region-source.js'),
        import('../../modules/regions/regions.service.js'),
        import('../runtime.js'),
      ]);
      // A live bar needs a total: count the rows first (about a second). Logs only get the summary.
      let total = 0;
      if (process.stderr.isTTY) {
        const scanned = progressBar('scanning', 1, 'rows');
        for await (const _row of readRegions(prefixes)) if (++total % 5000 === 0) scanned.update(total);
        scanned.setTotal(Math.max(total, 1));
        scanned.update(total);
        scanned.stop();
      }
      const result = await withRuntime(configFrom(), async ({ services }) => {
        const bar = progressBar('importing', Math.max(total, 1), 'rows');
        try {
          return await importRegions(services, prefixes, (seen) => bar.update(seen));
        } finally {
          bar.stop();
        }
      });
      if (result.seen === 0) throw new CliError(`no region matches ${prefixes.join(', ')}`);
      process.stdout.write(`regions: ${result.seen} rows seen, ${result.written} written\n`);
    });
}
