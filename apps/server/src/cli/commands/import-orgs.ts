// `linli import orgs`: a ledger (台账) into the registry from the command line, with the web import's reading,
// mapping, checks and writes (modules/ledger), as the region's civil-affairs office. All or nothing unless
// --valid-only; --dry-run writes nothing and prints the report.
import { Option, type Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { CliError } from '../cli-error.js';
import { commandLineOffice } from '../command-line-office.js';
import { configFrom, parseRegionCode } from '../options.js';
import { progressBar, type Progress } from '../progress.js';

interface ImportOrgsOptions {
  region: string;
  dryRun?: boolean;
  validOnly?: boolean;
  mapping?: string;
  language: 'zh-CN' | 'en-US';
}

export function registerImportOrgsCommand(importCommand: Command) {
  importCommand
    .command('orgs <file>')
    .description(
      'Import an organization ledger (.xlsx, or .csv in UTF-8 or GBK) into a region, as its civil-affairs office. Rows are matched ' +
        'to existing organizations by credit code, filing number, then name + community; unchanged rows change nothing. ' +
        "All or nothing unless --valid-only. Every change is in the organizations' history and the audit trail.",
    )
    .requiredOption(
      '--region <code>',
      'the region whose communities the rows name, e.g. 310101002',
      (value: string) => parseRegionCode(value)[0]!,
    )
    .option('--dry-run', 'check every row and print the report; write nothing')
    .option('--valid-only', 'import the valid rows and leave out the rows with errors')
    .option('--mapping <file.json>', 'a JSON object from the file\'s header texts to columns, e.g. {"团队名称": "name", "序号": null}')
    .addOption(new Option('--language <language>', 'the language of the report').choices(['zh-CN', 'en-US']).default('zh-CN'))
    .addHelpText(
      'after',
      '\nColumns: name tier legalForm creditCode filingNumber community serviceFields targetGroups description leaderName ' +
        'leaderPhone leaderIdNumber contactName contactPhone memberCount foundedOn venue hubKind isBrand isDemonstration ' +
        "isObservationPoint status (the template's Chinese headers map by themselves).\n\nExamples:\n" +
        '  linli import orgs 台账.xlsx --region 310101002 --dry-run\n' +
        '  linli import orgs ledger.csv --region 310101002 --mapping mapping.json\n' +
        '  linli import orgs 台账.xlsx --region 310101 --valid-only',
    )
    .action(async (file: string, options: ImportOrgsOptions) => importOrganizations(file, options));
}

async function readMapping(path: string | undefined) {
  if (!path) return undefined;
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, never>;
  } catch (error) {
    throw new CliError(`cannot read the mapping file ${path}: ${(error as Error).message}`);
  }
}

async function importOrganizations(path: string, options: ImportOrgsOptions) {
  const [{ importDirectly }, { AppError }, { checkMessage, problemText }, { withRuntime }] = await Promise.all([
    import('../../modules/ledger/direct-import.js'),
    import('../../platform/errors.js'),
    import('../../platform/messages.js'),
    import('../runtime.js'),
  ]);
  const file = await readFile(path).catch((error: Error) => {
    throw new CliError(`cannot read ${path}: ${error.message}`);
  });
  const mapping = await readMapping(options.mapping);
  const { viewer, actor } = commandLineOffice(options.region, 'linli import');
  let bar: Progress | undefined;
  try {
    const result = await withRuntime(configFrom(), ({ services }) =>
      importDirectly(
        services,
        viewer,
        actor,
        {
          file,
          filename: basename(path),
          region: options.region,
          mapping,
          dryRun: options.dryRun === true,
          mode: options.validOnly ? 'valid_only' : 'all',
          language: options.language,
        },
        (phase, done, total) => {
          if (phase === 'writing' && !bar) bar = progressBar('writing', Math.max(total, 1), 'rows');
          bar?.update(done);
        },
      ),
    );
    bar?.stop();
    for (const row of result.errors)
      for (const problem of row.errors)
        process.stdout.write(`row ${row.rowNumber}「${problem.column}」${problem.message[options.language]}\n`);
    const { summary } = result;
    process.stdout.write(
      `${summary.rows} rows: ${summary.create} to create, ${summary.update} to update, ${summary.unchanged} unchanged, ${summary.error} with errors\n`,
    );
    if (options.dryRun) process.stdout.write('dry run: nothing written\n');
    else if (!result.written)
      throw new CliError('nothing written: fix the rows above, or run again with --valid-only to import the valid rows');
    else process.stdout.write('written\n');
  } catch (error) {
    bar?.stop();
    if (error instanceof AppError) {
      const { title, detail } = problemText(error.code, options.language, error.params);
      const fields = error.errors?.map((e) => `\n  ${e.path}: ${checkMessage(e.message, options.language) ?? e.message}`).join('') ?? '';
      throw new CliError(`${title}${detail ? `: ${detail}` : ''}${fields}`);
    }
    throw error;
  }
}
