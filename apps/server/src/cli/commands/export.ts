// `linli export orgs`: the organization list of a region as a spreadsheet, written straight to a file with the
// same columns and writers as the web app's exports (modules/exports), as that region's civil-affairs office
// sees it. Audited like any export.
import { organizationStatuses, tiers } from '@linli/shared';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, EXIT } from '../cli-error.js';
import { commandLineOffice } from '../command-line-office.js';
import { configFrom, parseRegionCode } from '../options.js';
import { progressBar } from '../progress.js';

interface ExportOrgsOptions {
  region: string;
  format: 'xlsx' | 'csv';
  output?: string;
  personalData?: boolean;
  status?: string;
  tier?: string;
  language: 'zh-CN' | 'en-US';
}

/** A comma-separated list of known values, e.g. --tier team,group */
const listOf = (values: readonly string[]) => (value: string) => {
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = items.filter((item) => !values.includes(item));
  if (items.length === 0 || unknown.length > 0)
    throw new InvalidArgumentError(`${unknown.join(', ') || 'nothing'} is not one of ${values.join(', ')} (comma-separated).`);
  return items.join(',');
};

export function registerExportCommands(program: Command) {
  const exportCommand = program.command('export').description('Export lists as spreadsheets (.xlsx or .csv).');
  exportCommand
    .command('orgs')
    .description(
      'Write the organizations of a region to an .xlsx or .csv file, as its civil-affairs office sees them: the columns of the ' +
        "web export (the import template's headers), phone and ID numbers masked unless --personal-data. Recorded in the audit trail.",
    )
    .requiredOption('--region <code>', 'the region: 2, 4, 6, 9 or 12 digits, e.g. 310101', (value: string) => parseRegionCode(value)[0]!)
    .addOption(new Option('--format <format>', 'the file format').choices(['xlsx', 'csv']).default('xlsx'))
    .option('--output <path>', 'the file to write (default: 社区社会组织_<region>_<YYYYMMDD-HHmm>.<format> in the current directory)')
    .option('--personal-data', 'write phone and ID numbers in full (audited)')
    .option('--status <list>', `only these statuses, comma-separated: ${organizationStatuses.join(',')}`, listOf(organizationStatuses))
    .option('--tier <list>', `only these tiers, comma-separated: ${tiers.join(',')}`, listOf(tiers))
    .addOption(new Option('--language <language>', 'headers and labels in this language').choices(['zh-CN', 'en-US']).default('zh-CN'))
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  linli export orgs --region 310101\n' +
        '  linli export orgs --region 310101002 --format csv --output nanjing-east.csv\n' +
        '  linli export orgs --region 31 --status active --tier team,group\n' +
        '  linli export orgs --region 310101 --personal-data --output /secure/huangpu.xlsx',
    )
    .action(async (options: ExportOrgsOptions) => {
      await exportOrganizations(options);
    });
}

async function exportOrganizations(options: ExportOrgsOptions) {
  const [{ exportToStream, prepareExport }, { AppError }, { withRuntime }] = await Promise.all([
    import('../../modules/exports/exports.service.js'),
    import('../../platform/errors.js'),
    import('../runtime.js'),
  ]);
  const filters: Record<string, string> = {};
  if (options.status) filters.status = options.status;
  if (options.tier) filters.tier = options.tier;
  const office = commandLineOffice(options.region, 'linli export');
  const requester = { scope: office.scope, auditActor: office.actor, language: options.language };

  const { rows, path } = await withRuntime(configFrom(), async ({ services }) => {
    const prepared = await prepareExport(services, requester, {
      list: 'organizations',
      format: options.format,
      filters,
      includePersonalData: Boolean(options.personalData),
    }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'unknown_region')
        throw new CliError(
          `unknown region ${options.region}: no such region in this database (import it with: linli import regions --prefix ${options.region.slice(0, 2)})`,
          EXIT.failure,
        );
      throw error;
    });
    const path = resolve(options.output ?? prepared.filename);
    // Written under a temporary name and renamed when complete: a failed export leaves no half file behind.
    const partial = `${path}.partial`;
    const output = createWriteStream(partial);
    const bar = progressBar('exporting', 1, 'rows');
    try {
      const rows = await exportToStream(services, requester, prepared, output, {
        onCount: (total) => bar.setTotal(Math.max(total, 1)),
        onProgress: (done) => bar.update(done),
      });
      await rename(partial, path);
      return { rows, path };
    } catch (error) {
      output.destroy();
      await rm(partial, { force: true });
      throw error;
    } finally {
      bar.stop();
    }
  });
  process.stdout.write(`organizations: ${rows} rows written to ${path}\n`);
}
