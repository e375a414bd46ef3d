// The service-record certificate as a PDF (志愿服务记录证明): Chinese text in Noto Sans SC (from the npm
// package @expo-google-fonts/noto-sans-sc, SIL Open Font License), embedded as a subset of the glyphs the
// document uses, so a certificate stays around 20 KiB although the font file is 10 MiB.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { formatCertificateCode } from '@linli/shared';

const require = createRequire(import.meta.url);
const FONT_FILE = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
let fontBytes: Buffer | undefined;
/** Read once per process (10 MiB), parsed and subset per document by pdfkit's fontkit. */
const font = () => (fontBytes ??= readFileSync(FONT_FILE));

export interface CertificateRecordLine {
  date: string;
  organization: string;
  content: string;
  place: string;
  hours: number;
}

export interface CertificateContent {
  platformName: string;
  holderName: string;
  code: string;
  verifyUrl: string;
  /** YYYY-MM-DD, China time */
  issuedOn: string;
  from: string;
  to: string;
  hours: number;
  organizations: string[];
  records: CertificateRecordLine[];
}

/** 2026-03-08 → 2026年3月8日 */
const chineseDate = (day: string) => {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
};

const hoursText = (hours: number) => String(Math.round(hours * 100) / 100);

const MARGIN = 56;
const GREY = '#555555';
const columns = [
  { header: '序号', width: 30, align: 'center' as const },
  { header: '服务日期', width: 66, align: 'left' as const },
  { header: '服务组织', width: 118, align: 'left' as const },
  { header: '服务内容', width: 128, align: 'left' as const },
  { header: '地点', width: 76, align: 'left' as const },
  { header: '时长（小时）', width: 65, align: 'right' as const },
];

function drawRow(doc: PDFKit.PDFDocument, cells: string[], y: number, options: { header?: boolean } = {}): number {
  const padding = 4;
  const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i]!.width - padding * 2 }));
  const height = Math.max(...heights) + padding * 2;
  let x = MARGIN;
  if (options.header)
    doc
      .rect(
        MARGIN,
        y,
        columns.reduce((sum, c) => sum + c.width, 0),
        height,
      )
      .fill('#f0f3f8')
      .fillColor('black');
  cells.forEach((cell, i) => {
    const column = columns[i]!;
    doc.text(cell, x + padding, y + padding, { width: column.width - padding * 2, align: column.align });
    x += column.width;
  });
  doc
    .moveTo(MARGIN, y + height)
    .lineTo(x, y + height)
    .lineWidth(0.5)
    .strokeColor('#c8ccd4')
    .stroke();
  return y + height;
}

function drawRecords(doc: PDFKit.PDFDocument, records: CertificateRecordLine[]) {
  const bottom = doc.page.height - MARGIN - 40;
  doc.fontSize(9);
  let y = drawRow(
    doc,
    columns.map((c) => c.header),
    doc.y,
    { header: true },
  );
  records.forEach((record, i) => {
    const cells = [String(i + 1), record.date, record.organization, record.content, record.place || '—', hoursText(record.hours)];
    const height = Math.max(...cells.map((cell, j) => doc.heightOfString(cell, { width: columns[j]!.width - 8 }))) + 8;
    if (y + height > bottom) {
      doc.addPage();
      y = drawRow(
        doc,
        columns.map((c) => c.header),
        MARGIN,
        { header: true },
      );
    }
    y = drawRow(doc, cells, y);
  });
  doc.x = MARGIN;
  doc.y = y + 16;
}

/** Renders the certificate; resolves to the PDF's bytes. */
export function renderCertificatePdf(content: CertificateContent): Promise<Buffer> {
  const code = formatCertificateCode(content.code);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: '志愿服务记录证明', Author: content.platformName, Subject: `Verification code ${code}`, Keywords: content.code },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('sc', font());
  doc.font('sc');
  const width = doc.page.width - MARGIN * 2;

  doc.fontSize(24).text('志愿服务记录证明', { align: 'center', characterSpacing: 4 });
  doc.moveDown(0.3).fontSize(10).fillColor(GREY).text(content.platformName, { align: 'center' });
  doc.moveDown(0.2).text(`验证码：${code}`, { align: 'right' });
  doc.moveDown(1).fillColor('black').fontSize(12);
  const organizations = content.organizations.join('、');
  doc.text(
    `兹证明 ${content.holderName} 同志于 ${chineseDate(content.from)} 至 ${chineseDate(content.to)} 期间，在${organizations}参加志愿服务，` +
      `经服务组织确认，累计志愿服务时长 ${hoursText(content.hours)} 小时，共 ${content.records.length} 次。服务记录如下：`,
    { width, lineGap: 6, indent: 24 },
  );
  doc.moveDown(1);
  drawRecords(doc, content.records);

  doc.fontSize(10).fillColor(GREY);
  doc.text('本证明依据平台中经服务组织确认的志愿服务记录出具，记录包括服务人、服务内容、地点、时间、时长及确认人。', { width, lineGap: 4 });
  doc.moveDown(0.5).text(`查验方式：访问以下网址，或在平台“证明查验”页面输入验证码 ${code}：`, { width });
  doc.fillColor('#1664c0').text(content.verifyUrl, { width, link: content.verifyUrl, underline: true });
  doc.moveDown(1.5).fillColor('black').fontSize(12);
  doc.text(content.platformName, { align: 'right' });
  doc.text(`出具日期：${chineseDate(content.issuedOn)}`, { align: 'right' });
  doc.end();
  return done;
}
