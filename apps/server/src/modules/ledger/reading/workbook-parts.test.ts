import { describe, expect, it } from 'vitest';
import { readDateStyles, readSharedStrings, readWorkbookLayout, SharedStrings } from './workbook-parts.js';

async function* text(xml: string) {
  // Cut into small pieces, so that tags and characters fall across chunk boundaries.
  for (let at = 0; at < xml.length; at += 7) yield xml.slice(at, at + 7);
}

describe('workbook parts', () => {
  it('packs shared strings into blocks and finds each one again', () => {
    const strings = new SharedStrings();
    const texts = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? '' : `社区${i}`));
    for (const t of texts) strings.add(t);
    strings.seal();
    expect(strings.size).toBe(10_000);
    expect(texts.every((t, i) => strings.get(i) === t)).toBe(true);
    expect([strings.get(-1), strings.get(10_000), strings.get(Number.NaN)]).toEqual(['', '', '']);
  });

  it('reads shared strings: plain, rich text joined, phonetic readings left out, escapes decoded', async () => {
    const strings = await readSharedStrings(
      text(
        '<sst><si><t>书法协会</t></si><si><r><t>舞蹈</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 队</t></r><rPh sb="0" eb="2"><t>ぶとう</t></rPh></si><si><t/></si><si><t>a_x000A_b &amp; c</t></si></sst>',
      ),
    );
    expect([0, 1, 2, 3].map((i) => strings.get(i))).toEqual(['书法协会', '舞蹈 队', '', 'a\nb & c']);
  });

  it('knows which cell styles show dates, from custom and built-in formats', async () => {
    const kinds = await readDateStyles(
      text(
        '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy/m/d"/><numFmt numFmtId="165" formatCode="0.0&quot;岁&quot;"/></numFmts>' +
          '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="31"/><xf numFmtId="20"/></cellXfs></styleSheet>',
      ),
    );
    expect(kinds).toEqual([null, 'date', null, 'date', 'time']);
  });

  it('finds the first visible worksheet in workbook order, through its relationship', async () => {
    const workbook =
      '<workbook xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet name="说明" sheetId="1" state="hidden" r:id="rId1"/><sheet name="图" sheetId="2" r:id="rId2"/><sheet name="台账" sheetId="3" r:id="rId3"/></sheets></workbook>';
    const rels =
      '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="x/chartsheet" Target="chartsheets/sheet1.xml"/>' +
      '<Relationship Id="rId3" Type="x/worksheet" Target="/xl/worksheets/Sheet9.xml"/><Relationship Id="rId4" Type="x/sharedStrings" Target="../xl/strings.xml"/></Relationships>';
    const keys = new Set(['xl/worksheets/sheet1.xml', 'xl/chartsheets/sheet1.xml', 'xl/worksheets/sheet9.xml', 'xl/strings.xml']);
    expect(await readWorkbookLayout(workbook, rels, keys)).toEqual({
      sheet: 'xl/worksheets/sheet9.xml',
      sharedStrings: 'xl/strings.xml',
      styles: null,
      date1904: true,
    });
  });
});
