// Shared set-up of the export tests: the people of 黄浦区 and 静安区 (filings.test-setup.ts), organizations whose
// every row the tests know, and readers for the files.
import type { LedgerExport } from '@linli/shared';
import ExcelJS from 'exceljs';
import { buildOrganization } from '../../test/factories.js';
import type { Client } from '../../test/test-app.js';
import {
  castOfUsers,
  establishBody,
  LONGQUAN,
  NANJING_EAST,
  submit,
  XINAN,
  YUNNAN_MIDDLE,
  type Cast,
} from '../filings/filings.test-setup.js';

export { LONGQUAN, NANJING_EAST, XINAN, YUNNAN_MIDDLE } from '../filings/filings.test-setup.js';
export const PHONE = '13812345678';
export const ID_NUMBER = '11010519491231002X';

export interface ExportFixture {
  c: Cast;
  startExport(client: Client, body: Record<string, unknown>, language?: string): ReturnType<Client['request']>;
  /** Starts an export, waits for the background job, and returns the finished job and its file. */
  exportList(
    client: Client,
    body: Record<string, unknown>,
    language?: string,
  ): Promise<{ started: LedgerExport; job: LedgerExport; file: Awaited<ReturnType<Client['get']>> }>;
  /** Two establishment filings: 云南中路太极队 (南京东路街道) and then 新安太极队 (静安区) */
  submitFilings(): Promise<void>;
}

/**
 * 黄浦区 has 8 organizations (7 active): in 云南中路 a choir with full personal data and five whose names a
 * spreadsheet would run as formulas or must quote; a suspended group in 龙泉园路; a registered agency at street
 * level. 静安区 has one team in 新安.
 */
export async function exportFixture(): Promise<ExportFixture> {
  const c = await castOfUsers();
  const { services } = c.t;
  await buildOrganization(services, {
    name: '云南中路合唱队',
    regionCode: YUNNAN_MIDDLE,
    tier: 'team',
    serviceFields: ['文化艺术', '邻里互助'],
    targetGroups: ['老年人'],
    leaderPhone: PHONE,
    leaderIdNumber: ID_NUMBER,
    contactName: '李四',
    contactPhoneEnc: services.cipher.encrypt('021-63211234'),
    memberCount: 25,
    foundedOn: '2021-03-05',
    isBrand: true,
  });
  await buildOrganization(services, { name: '龙泉园路编织小组', regionCode: LONGQUAN, tier: 'group', status: 'suspended', memberCount: 8 });
  await buildOrganization(services, {
    name: '南京东路社会工作服务社',
    regionCode: NANJING_EAST,
    tier: 'registered',
    legalForm: 'social_service_agency',
    hubKind: 'service_center',
    memberCount: 40,
  });
  for (const name of ['=1+2', '@SUM(A1)', '-2', '+86', '"引号",逗号']) {
    await buildOrganization(services, { name, regionCode: YUNNAN_MIDDLE, memberCount: 3 });
  }
  await buildOrganization(services, { name: '新安睦邻队', regionCode: XINAN, tier: 'team', memberCount: 11 });

  const startExport: ExportFixture['startExport'] = (client, body, language) =>
    client.request('POST', '/api/v1/exports', body, language ? { 'accept-language': language } : {});
  return {
    c,
    startExport,
    async exportList(client, body, language) {
      const started = await startExport(client, body, language);
      if (started.statusCode !== 202) throw new Error(`export failed: ${started.statusCode} ${started.body}`);
      await c.t.services.background.idle();
      const job = (await client.get(`/api/v1/exports/${started.json().id}`)).json() as LedgerExport;
      const file = await client.get(`/api/v1/exports/${job.id}/file`);
      return { started: started.json() as LedgerExport, job, file };
    },
    async submitFilings() {
      await submit(c.committee, establishBody({ name: '云南中路太极队' }));
      await submit(c.jinganCommittee, establishBody({ name: '新安太极队', regionCode: XINAN }));
    },
  };
}

export async function xlsxRows(payload: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

export const column = (rows: unknown[][], header: string) => {
  const index = rows[0]!.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return rows.slice(1).map((r) => r[index]);
};
