import { describe, expect, it } from 'vitest';
import { LEDGER_LIMITS, readLedger } from './ledger-reader.js';
import {
  allRows,
  appError,
  billionLaughsXlsx,
  deflatedZeros,
  encodeGbk,
  handmadeXlsx,
  rawZip,
  rezip,
  workbook,
} from './reading.fixture.js';

const limits = (change: Partial<typeof LEDGER_LIMITS>) => ({ ...LEDGER_LIMITS, ...change });
const MiB = 1024 * 1024;

describe('reading an .xlsx ledger', () => {
  it('reads a clean ledger: cleaned headers, trimmed cells, blank rows skipped, cells as Excel shows them', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['组织\u3000名称', ' 类型 ', '负责人\n姓名', '成员数', '', '信用代码', '示范', '备注', '', '']);
      sheet.addRow([
        '  书法协会  ',
        '群众活动团队',
        '张三',
        12,
        '忽略',
        123456789012345,
        true,
        { richText: [{ text: '每周' }, { text: '二' }] },
      ]);
      sheet.addRow([]);
      sheet.addRow(['', '  ', '']);
      sheet.addRow(['舞蹈队', '社区活动小组', '李四', 0.1 + 0.2, '', 1.5, false, { text: '官网', hyperlink: 'https://example.org' }]);
      sheet.addRow(['合唱团', '', '', { error: '#N/A' }]);
    });
    const ledger = await readLedger(file);
    expect(ledger).toMatchObject({ format: 'xlsx', encoding: null, headerRow: 1 });
    expect(ledger.headers).toEqual(['组织名称', '类型', '负责人姓名', '成员数', '', '信用代码', '示范', '备注']);
    expect(await allRows(ledger)).toEqual([
      { rowNumber: 2, cells: ['书法协会', '群众活动团队', '张三', '12', '忽略', '123456789012345', 'TRUE', '每周二'], formulaColumns: [] },
      { rowNumber: 5, cells: ['舞蹈队', '社区活动小组', '李四', '0.3', '', '1.5', 'FALSE', '官网'], formulaColumns: [] },
      { rowNumber: 6, cells: ['合唱团', '', '', '#N/A', '', '', '', ''], formulaColumns: [] },
    ]);
  });

  it('finds the header under a title merged across the top, and keeps Excel row numbers', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['南京东路街道社区社会组织台账']);
      sheet.mergeCells('A1:D1');
      sheet.addRow(['填报单位：南京东路街道', '', '2024年']);
      sheet.addRow([]);
      sheet.addRow(['组织名称', '类型', '所属社区', '成员数']);
      sheet.addRow(['书法协会', '群众活动团队', '贵州社区', 12]);
      sheet.mergeCells('A6:B6'); // merged data cells are fine
    });
    const ledger = await readLedger(file);
    expect(ledger.headerRow).toBe(4);
    expect(ledger.headers).toEqual(['组织名称', '类型', '所属社区', '成员数']);
    expect((await allRows(ledger)).map((row) => row.rowNumber)).toEqual([5]);
  });

  it('refuses a header with merged cells, naming the range', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['组织名称', '', '类型', '成员数']);
      sheet.mergeCells('A1:B1');
      sheet.addRow(['书法协会', '', '群众活动团队', 12]);
    });
    const error = await appError(readLedger(file));
    expect(error.code).toBe('merged_header');
    expect(error.params).toEqual({ range: 'A1:B1' });
  });

  it('refuses a merge that reaches down into the header row', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['序号', '组织名称', '类型', '成员数']);
      sheet.addRow(['', '名称', '类型', '人数']);
      sheet.mergeCells('A1:A2');
      sheet.addRow([1, '书法协会', '群众活动团队', 12]);
    });
    expect((await appError(readLedger(file))).params).toEqual({ range: 'A1:A2' });
  });

  it('gives the cached result of formula cells and names their columns', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['组织名称', '类型', '成员数', '成立日期']);
      sheet.addRow(['书法协会', { formula: '"群众"&"活动团队"', result: '群众活动团队' }, { formula: '10+2', result: 12 }, '2021-03-05']);
      sheet.addRow(['舞蹈队', '社区活动小组', { sharedFormula: 'C2', result: 13 }, { formula: 'DATE(2021,3,5)', result: 44260 }]);
      sheet.getCell('D3').numFmt = 'yyyy-mm-dd';
      sheet.addRow(['合唱团', '社区活动小组', { formula: 'NA()', result: { error: '#N/A' } }, { formula: 'A1', result: undefined }]);
    });
    const rows = await allRows(await readLedger(file));
    expect(rows.map((row) => [row.cells, row.formulaColumns])).toEqual([
      [
        ['书法协会', '群众活动团队', '12', '2021-03-05'],
        [1, 2],
      ],
      [
        ['舞蹈队', '社区活动小组', '13', '2021-03-05'],
        [2, 3],
      ],
      [
        ['合唱团', '社区活动小组', '#N/A', ''],
        [2, 3],
      ],
    ]);
  });

  it('writes cells typed as dates as YYYY-MM-DD, whatever their display format', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['组织名称', '类型', '成立日期', '成员数']);
      sheet.addRow(['书法协会', '群众活动团队', new Date(Date.UTC(2021, 2, 5)), 12]);
      sheet.addRow(['舞蹈队', '社区活动小组', new Date(Date.UTC(1999, 11, 31, 18, 30)), 12]);
      sheet.getCell('C3').numFmt = 'yyyy"年"m"月"d"日" hh:mm';
      sheet.addRow(['合唱团', '社区活动小组', 44260, 12]); // a serial the user typed as a number stays a number
    });
    const rows = await allRows(await readLedger(file));
    expect(rows.map((row) => row.cells[2])).toEqual(['2021-03-05', '1999-12-31', '44260']);
  });

  it('reads the first visible worksheet', async () => {
    const file = await workbook((hidden, book) => {
      hidden.state = 'hidden';
      hidden.addRow(['不是', '这', '一张']);
      hidden.addRow(['a', 'b', 'c']);
      const sheet = book.addWorksheet('第二张');
      sheet.addRow(['组织名称', '类型', '成员数']);
      sheet.addRow(['书法协会', '群众活动团队', 12]);
    });
    const ledger = await readLedger(file);
    expect(ledger.headers).toEqual(['组织名称', '类型', '成员数']);
  });

  it('keeps Chinese text whole where it crosses the boundary between two inflated chunks', async () => {
    // ExcelJS's streaming WorkbookReader decodes each chunk on its own and turns these into U+FFFD (exceljs#2063).
    const names = Array.from({ length: 6000 }, (_, i) => `南京东路街道社区社会组织书法爱好者协会${i}`);
    const file = await workbook((sheet) => {
      sheet.addRow(['组织名称', '类型', '成员数']);
      for (const [i, name] of names.entries()) sheet.addRow([name, `群众活动团队第${i}号`, i]);
    });
    const rows = await allRows(await readLedger(file));
    expect(rows.map((row) => row.cells[0])).toEqual(names);
    expect(rows.some((row) => row.cells.join('').includes('\ufffd'))).toBe(false);
  });

  it('reads sheets other writers make: prefixed tags, no cell references, inline and phonetic text, escapes', async () => {
    const file = handmadeXlsx(
      `<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c t="inlineStr"><x:is><x:t>组织名称</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>类型</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>成员数</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>成立</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>示范</x:t></x:is></x:c></x:row>` +
        `<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="inlineStr"><is><r><t>群众</t></r><r><t xml:space="preserve">活动团队</t></r><rPh sb="0" eb="2"><t>ぐんしゅう</t></rPh></is></c><c r="C3" s="1"><v>12</v></c><c r="D3" s="2"><v>44260</v></c><c r="E3" t="b"><v>1</v></c></row>` +
        `<row r="4"><c r="A4" t="s"><v>1</v></c><c r="B4" t="str"><f>B3</f><v>a_x000D_b &amp; &lt;c&gt;</v></c><c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D4" t="d"><v>2021-03-05T00:00:00</v></c><c r="E4"><f t="shared" si="0"/><v>0.30000000000000004</v></c></row>`,
      {
        sharedStrings: `<si><t>书法协会</t><phoneticPr fontId="1" type="noConversion"/></si><si><r><t>舞蹈</t></r><r><t>队</t></r><rPh sb="0" eb="1"><t>ぶとう</t></rPh></si>`,
        styles: `<numFmts count="1"><numFmt numFmtId="176" formatCode="0.00&quot;人&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="31"/></cellXfs>`,
      },
    );
    const ledger = await readLedger(file);
    expect(ledger.headers).toEqual(['组织名称', '类型', '成员数', '成立', '示范']);
    expect(await allRows(ledger)).toEqual([
      { rowNumber: 3, cells: ['书法协会', '群众活动团队', '12', '2021-03-05', 'TRUE'], formulaColumns: [] },
      { rowNumber: 4, cells: ['舞蹈队', 'a\rb & <c>', '#DIV/0!', '2021-03-05', '0.3'], formulaColumns: [1, 2, 4] },
    ]);
  });

  it('counts the text shared strings expand to: one long string used in every cell is refused, not held in memory', async () => {
    const header =
      '<row r="1"><c t="inlineStr"><is><t>名称</t></is></c><c t="inlineStr"><is><t>层级</t></is></c><c t="inlineStr"><is><t>人数</t></is></c></row>';
    const cells = Array.from({ length: 200 }, () => '<c t="s"><v>0</v></c>').join('');
    const rows = Array.from({ length: 50 }, (_, i) => `<row r="${i + 2}">${cells}</row>`).join('');
    const expanding = handmadeXlsx(header + rows, { sharedStrings: `<si><t>${'长'.repeat(30_000)}</t></si>` });
    const limits = { ...LEDGER_LIMITS, decompressedBytes: 50 * 1024 * 1024 };
    const error = await appError(readLedger(expanding, limits).then(allRows));
    expect(error.code).toBe('decompressed_too_large');
    const tooLong = handmadeXlsx(header + '<row r="2"><c t="s"><v>0</v></c></row>', {
      sharedStrings: `<si><t>${'长'.repeat(40_000)}</t></si>`,
    });
    const refused = await appError(readLedger(tooLong).then(allRows));
    expect([refused.code, refused.errors?.[0]?.message]).toEqual(['validation_failed', 'cell_too_long']);
  });

  it('does not expand entities a document type declares', async () => {
    const file = billionLaughsXlsx();
    expect((await appError(readLedger(file))).code).toBe('corrupt_file');
  });
});

describe('refusing files that are not ledgers', () => {
  it('refuses an empty file and one of only whitespace and byte-order marks', async () => {
    expect((await appError(readLedger(Buffer.alloc(0)))).code).toBe('empty_file');
    expect((await appError(readLedger(Buffer.from('\ufeff \r\n\t\r\n', 'utf8')))).code).toBe('empty_file');
  });

  it('refuses a file over the size limit, in MiB', async () => {
    const error = await appError(readLedger(Buffer.alloc(2 * MiB, 'a'), limits({ fileBytes: MiB })));
    expect(error.code).toBe('file_too_large');
    expect(error.params).toEqual({ limit: 1 });
  });

  it('refuses a renamed executable, a PDF, an image and binary data', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200, 0xff)]);
    for (const file of [
      exe,
      Buffer.from('MZ this is not a ledger,a,b'),
      Buffer.from('%PDF-1.7\n%âãÏÓ\n'),
      Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
      Buffer.from('名称,类型\0,x'),
    ])
      expect((await appError(readLedger(file))).code).toBe('unsupported_file_type');
  });

  it('refuses an old .xls (or encrypted workbook) by its OLE2 signature', async () => {
    const ole2 = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]);
    expect((await appError(readLedger(ole2))).code).toBe('legacy_xls');
  });

  it('refuses a zip that is not a workbook, and a web page saved as a spreadsheet', async () => {
    const docx = rawZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    expect((await appError(readLedger(docx))).code).toBe('unsupported_file_type');
    const html = Buffer.from('<html><body><table><tr><td>组织名称</td><td>类型</td><td>人数</td></tr></table></body></html>');
    expect((await appError(readLedger(html))).code).toBe('unsupported_file_type');
  });

  it('refuses a macro-enabled workbook, by its VBA project or its content type', async () => {
    const clean = await workbook((sheet) => {
      sheet.addRow(['组织名称', '类型', '成员数']);
      sheet.addRow(['书法协会', '群众活动团队', 12]);
    });
    const withProject = await rezip(clean, (zip) => void zip.file('xl/vbaProject.bin', Buffer.from('d0cf11e0a1b11ae1', 'hex')));
    expect((await appError(readLedger(withProject))).code).toBe('macro_enabled');
    const withType = await rezip(clean, async (zip) => {
      const types = await zip.file('[Content_Types].xml')!.async('string');
      zip.file('[Content_Types].xml', types.replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml'));
    });
    expect((await appError(readLedger(withType))).code).toBe('macro_enabled');
    await expect(readLedger(clean)).resolves.toMatchObject({ format: 'xlsx' });
  });

  it('refuses a truncated or damaged workbook', async () => {
    const clean = await workbook((sheet) => {
      sheet.addRow(['组织名称', '类型', '成员数']);
      for (let i = 0; i < 200; i++) sheet.addRow([`书法协会${i}`, '群众活动团队', i]);
    });
    expect((await appError(readLedger(clean.subarray(0, clean.length >> 1)))).code).toBe('corrupt_file');
    expect((await appError(readLedger(clean.subarray(0, clean.length - 10)))).code).toBe('corrupt_file');
    // One byte changed inside the first entry's compressed data: a bad inflate or a CRC mismatch.
    const damaged = Buffer.from(clean);
    damaged[damaged.readUInt16LE(26) + damaged.readUInt16LE(28) + 30 + 5] ^= 0x55;
    expect((await appError(readLedger(damaged))).code).toBe('corrupt_file');
  });

  it('refuses a zip bomb by the bytes it really inflates to, not the sizes it declares', async () => {
    const zeros = await deflatedZeros(300);
    expect(zeros.bytes.length).toBeLessThan(MiB);
    const honest = rawZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', deflated: zeros },
    ]);
    const error = await appError(readLedger(honest));
    expect(error.code).toBe('decompressed_too_large');
    expect(error.params).toEqual({ limit: 200 });
    // The same payload declaring 1 KiB: only counting the inflated bytes catches it.
    const lying = rawZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', deflated: zeros, declaredSize: 1024 },
    ]);
    const started = Date.now();
    expect((await appError(readLedger(lying))).code).toBe('decompressed_too_large');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses an archive of more than 10,000 entries', async () => {
    const sheet =
      '<row r="1"><c t="inlineStr"><is><t>组织名称</t></is></c><c t="inlineStr"><is><t>类型</t></is></c><c t="inlineStr"><is><t>成员数</t></is></c></row><row r="2"><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row>';
    const media = (count: number) => Array.from({ length: count }, (_, i) => ({ name: `xl/media/${i}.bin`, data: '' }));
    expect((await appError(readLedger(handmadeXlsx(sheet, { extraEntries: media(10_001 - 4) })))).code).toBe('corrupt_file');
    await expect(readLedger(handmadeXlsx(sheet, { extraEntries: media(10_000 - 4) }))).resolves.toMatchObject({ headerRow: 1 });
  });
});

describe('limits on what is inside', () => {
  const ledgerOf = (rows: number) =>
    workbook((sheet) => {
      sheet.addRow(['组织名称', '类型', '成员数']);
      for (let i = 0; i < rows; i++) sheet.addRow([`书法协会${i}`, '群众活动团队', i]);
    });

  it('stops at the first row past the limit', async () => {
    const ledger = await readLedger(await ledgerOf(150), limits({ rows: 100 }));
    let read = 0;
    const error = await appError(
      (async () => {
        for await (const _row of ledger.rows) read++;
      })(),
    );
    expect(error.code).toBe('too_many_rows');
    expect(error.params).toEqual({ limit: 100 });
    expect(read).toBe(100);
    expect(await allRows(await readLedger(await ledgerOf(100), limits({ rows: 100 })))).toHaveLength(100);
  });

  it('refuses a header only, and a sheet where no row looks like a header', async () => {
    expect((await appError(readLedger(await ledgerOf(0)))).code).toBe('no_data_rows');
    const noHeader = await workbook((sheet) => {
      for (let i = 0; i < 12; i++) sheet.addRow([`说明${i}`, '']);
      sheet.addRow(['组织名称', '类型', '成员数']);
      sheet.addRow(['书法协会', '群众活动团队', 12]);
    });
    expect((await appError(readLedger(noHeader))).code).toBe('no_data_rows');
    expect((await appError(readLedger(Buffer.from('组织名称,类型,成员数\r\n,,\r\n')))).code).toBe('no_data_rows');
  });

  it('refuses more columns than the limit', async () => {
    const error = await appError(readLedger(Buffer.from('a,b,c,d,e,f\n1,2,3,4,5,6\n'), limits({ columns: 5 })));
    expect(error.code).toBe('validation_failed');
    expect(error.errors).toEqual([{ path: 'file', message: 'too_many_columns' }]);
    await expect(readLedger(Buffer.from('a,b,c,d,e,,,\n1,2,3,4,5,6,7,8\n'), limits({ columns: 5 }))).resolves.toMatchObject({
      headers: ['a', 'b', 'c', 'd', 'e'],
    });
  });
});

describe('reading a .csv ledger', () => {
  it('reads GBK (what Excel saves as "CSV" on Chinese Windows)', async () => {
    const bytes = encodeGbk('南京东路街道台账\r\n组织名称,类型,成员数\r\n书法协会,群众活动团队,12\r\n舞蹈队,社区活动小组,8\r\n');
    expect(encodeGbk('组织名称').toString('hex')).toBe('d7e9d6afc3fbb3c6');
    const ledger = await readLedger(bytes);
    expect(ledger).toMatchObject({ format: 'csv', encoding: 'gbk', headerRow: 2, headers: ['组织名称', '类型', '成员数'] });
    expect(await allRows(ledger)).toEqual([
      { rowNumber: 3, cells: ['书法协会', '群众活动团队', '12'], formulaColumns: [] },
      { rowNumber: 4, cells: ['舞蹈队', '社区活动小组', '8'], formulaColumns: [] },
    ]);
  });

  it('reads UTF-8 with a BOM: quoted commas, quotes, line breaks inside quotes, CRLF, LF and CR', async () => {
    const text =
      '\ufeff组织名称,类型,简介,成员数\r\n"书法协会,老年","群众活动团队","每周二练习\r\n周四展览",12\n\n舞蹈队,社区活动小组,"说""跳就跳""",8\r合唱团,,=1+1,\r\n';
    const ledger = await readLedger(Buffer.from(text, 'utf8'));
    expect(ledger).toMatchObject({ format: 'csv', encoding: 'utf-8', headerRow: 1 });
    expect(await allRows(ledger)).toEqual([
      { rowNumber: 2, cells: ['书法协会,老年', '群众活动团队', '每周二练习\r\n周四展览', '12'], formulaColumns: [] },
      { rowNumber: 4, cells: ['舞蹈队', '社区活动小组', '说"跳就跳"', '8'], formulaColumns: [] },
      { rowNumber: 5, cells: ['合唱团', '', '=1+1', ''], formulaColumns: [] },
    ]);
  });

  it('reads tab-separated text, plain UTF-8 without a BOM, and the delimiter Excel names in a sep= line', async () => {
    const ledger = await readLedger(Buffer.from('组织名称\t类型\t成员数\n书法协会, 老年\t群众活动团队\t12\n'));
    expect(ledger.encoding).toBe('utf-8');
    expect((await allRows(ledger))[0].cells).toEqual(['书法协会, 老年', '群众活动团队', '12']);
    const semicolons = await readLedger(Buffer.from('sep=;\n组织名称;类型;成员数\n书法协会,老年;群众活动团队;12'));
    expect(semicolons.headerRow).toBe(1);
    expect(await allRows(semicolons)).toEqual([{ rowNumber: 2, cells: ['书法协会,老年', '群众活动团队', '12'], formulaColumns: [] }]);
  });

  it('refuses a quoted field that never closes rather than swallowing the rest of the file', async () => {
    const file = Buffer.from('组织名称,类型,成员数\n书法协会,群众活动团队,12\n舞蹈队,"社区活动小组,8\n合唱团,社区活动小组,20\n');
    expect((await appError(readLedger(file).then(allRows))).code).toBe('corrupt_file');
  });

  it('stops a 1,000,000-row file at the row limit without reading on', async () => {
    const text = '组织名称,类型,成员数\n' + 'a,b,1\n'.repeat(1_000_000);
    expect(text.length).toBeLessThan(LEDGER_LIMITS.fileBytes);
    const ledger = await readLedger(Buffer.from(text));
    let read = 0;
    const error = await appError(
      (async () => {
        for await (const _row of ledger.rows) read++;
      })(),
    );
    expect(error.code).toBe('too_many_rows');
    expect(error.params).toEqual({ limit: LEDGER_LIMITS.rows });
    expect(read).toBe(LEDGER_LIMITS.rows);
  });
});
