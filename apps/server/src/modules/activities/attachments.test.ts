// Photos and documents of an activity: judged by their bytes, 10 MiB at most, stored with the activity, audited.
import type { ActivityDetail } from '@linli/shared';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '../../test/test-app.js';
import { activityBody, activityFixture, countRows, createActivity, type ActivityFixture } from './activities.test-setup.js';

let f: ActivityFixture;
let activity: ActivityDetail;
beforeAll(async () => {
  f = await activityFixture();
  activity = await createActivity(f.c.leader, activityBody(f.team, { title: '有照片的活动' }));
});
afterAll(() => f.c.t.close());

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR-pretend-image')]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF-pretend-photo')]);
const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x10, 0, 0, 0]), Buffer.from('WEBPVP8 pretend')]);
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');

async function office(parts: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  for (const part of parts) zip.file(part, '<x/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

const upload = (client: Client, filename: string, bytes: Buffer, target = activity.id) =>
  client.request('POST', `/api/v1/activities/${target}/attachments?filename=${encodeURIComponent(filename)}`, bytes, {
    'content-type': 'application/octet-stream',
  });

describe('accepted attachments', () => {
  it('photos and documents are stored, listed and downloaded as they came, and audited', async () => {
    const files: [string, Buffer, string][] = [
      ['签到表.jpg', jpeg, 'image/jpeg'],
      ['合影.PNG', png, 'image/png'],
      ['现场.webp', webp, 'image/webp'],
      ['活动方案.pdf', pdf, 'application/pdf'],
      ['总结.docx', await office(['word/document.xml']), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['名单.xlsx', await office(['xl/workbook.xml']), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ];
    let detail: ActivityDetail | undefined;
    for (const [name, bytes] of files) {
      const response = await upload(f.c.leader, name, bytes);
      expect(response.statusCode, name).toBe(201);
      detail = response.json();
    }
    expect(detail!.attachments.map((a) => [a.filename, a.contentType])).toEqual(files.map(([name, , type]) => [name, type]));
    expect(detail!.attachments[0]).toMatchObject({ size: jpeg.length, uploadedByName: '队长周' });

    const [first] = detail!.attachments;
    const download = await f.c.street.get(`/api/v1/activities/${activity.id}/attachments/${first!.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(download.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('签到表.jpg')}`);
    expect(download.rawPayload.equals(jpeg)).toBe(true);

    const audit = await f.c.t.database.driver.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'activity.attachment_added' AND target_id = $1`,
      [activity.id],
      'object',
    );
    expect(audit.rows).toEqual([{ n: files.length }]);
  });

  it('takes a photo just under 10 MiB and gives it back byte for byte', async () => {
    const large = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024 - png.length - 1, 7)]);
    const detail: ActivityDetail = (await upload(f.c.leader, '大合影.png', large)).json();
    const stored = detail.attachments.at(-1)!;
    expect(stored).toMatchObject({ filename: '大合影.png', size: large.length });
    const download = await f.c.leader.get(`/api/v1/activities/${activity.id}/attachments/${stored.id}`);
    expect(download.rawPayload.equals(large)).toBe(true);
    await f.c.leader.request('DELETE', `/api/v1/activities/${activity.id}/attachments/${stored.id}`);
  });

  it('keeps only the file name, without folders or control characters', async () => {
    const detail: ActivityDetail = (await upload(f.c.committee, '..\\..\\C:\\照片\u0007.png', png)).json();
    expect(detail.attachments.at(-1)!.filename).toBe('照片.png');
  });

  it('is removed again, audited; a removed or unknown attachment is 404', async () => {
    const target = (await f.c.leader.get(`/api/v1/activities/${activity.id}`)).json().attachments.at(-1);
    const removed = await f.c.leader.request('DELETE', `/api/v1/activities/${activity.id}/attachments/${target.id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().attachments.map((a: { id: string }) => a.id)).not.toContain(target.id);
    expect((await f.c.leader.request('DELETE', `/api/v1/activities/${activity.id}/attachments/${target.id}`)).statusCode).toBe(404);
    expect((await f.c.leader.get(`/api/v1/activities/${activity.id}/attachments/${target.id}`)).statusCode).toBe(404);
  });
});

describe('refused attachments: a problem+json, nothing stored', () => {
  it.each([
    ['an executable named as a photo', '照片.png', Buffer.from('MZ\x90\x00 pretend program'), 415, 'attachment_type_not_allowed'],
    ['plain text named as a PDF', '方案.pdf', Buffer.from('不是 PDF'), 415, 'attachment_type_not_allowed'],
    ['a GIF (not an accepted image)', '动图.gif', Buffer.from('GIF89a pretend'), 415, 'attachment_type_not_allowed'],
    ['an empty file', '空.png', Buffer.alloc(0), 415, 'attachment_type_not_allowed'],
    ['a broken zip', '总结.docx', Buffer.from('PK\x03\x04 broken'), 400, 'corrupt_file'],
  ])('%s', async (_case, name, bytes, status, code) => {
    const before = await countRows(f.c.t, 'activity_attachments');
    const response = await upload(f.c.leader, name, bytes);
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().code).toBe(code);
    expect(await countRows(f.c.t, 'activity_attachments')).toBe(before);
  });

  it('macro-enabled documents and zips that are no Office document', async () => {
    for (const [name, parts] of [
      ['宏.docx', ['word/document.xml', 'word/vbaProject.bin']],
      ['压缩包.docx', ['readme.txt']],
    ] as const) {
      const response = await upload(f.c.leader, name, await office([...parts]));
      expect(response.statusCode, name).toBe(415);
    }
  });

  it('a PNG named .pdf, or with no extension, is a 400 at filename', async () => {
    for (const name of ['照片.pdf', '照片']) {
      const response = await upload(f.c.leader, name, png);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([{ path: 'filename', message: '文件扩展名与文件内容不符（类型按文件内容判断）' }]);
    }
  });

  it('over 10 MiB is a 413 with the limit in its text', async () => {
    const big = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024)]);
    const response = await upload(f.c.leader, '大图.png', big);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'file_too_large', detail: '上传的文件不能超过 10 MiB。' });
  });

  it('a JSON body or a missing name is not a file', async () => {
    const json = await f.c.leader.request('POST', `/api/v1/activities/${activity.id}/attachments?filename=a.png`, { data: 'x' });
    expect(json.statusCode).toBe(415);
    const unnamed = await f.c.leader.request('POST', `/api/v1/activities/${activity.id}/attachments`, png, {
      'content-type': 'application/octet-stream',
    });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().errors.map((e: { path: string }) => e.path)).toEqual(['querystring.filename']);
  });

  it('at most 20 per activity (409)', async () => {
    const crowded = await createActivity(f.c.leader, activityBody(f.team, { title: '附件很多的活动' }));
    for (let i = 0; i < 20; i++) expect((await upload(f.c.leader, `p${i}.png`, png, crowded.id)).statusCode).toBe(201);
    const response = await upload(f.c.leader, 'p21.png', png, crowded.id);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'too_many_attachments', detail: '每个活动最多 20 个附件，请先删除不需要的附件。' });
  });
});

describe('who may', () => {
  it('another street, another leader: 404 for upload, download and removal; residents and administrators 403', async () => {
    const [attachment] = (await f.c.leader.get(`/api/v1/activities/${activity.id}`)).json().attachments;
    const path = `/api/v1/activities/${activity.id}/attachments/${attachment.id}`;
    for (const client of [f.c.jinganStreet, f.c.otherLeader, f.c.longquan]) {
      expect((await upload(client, 'x.png', png)).statusCode).toBe(404);
      expect((await client.get(path)).statusCode).toBe(404);
      expect((await client.request('DELETE', path)).statusCode).toBe(404);
    }
    for (const client of [f.c.resident, f.c.admin]) {
      expect((await upload(client, 'x.png', png)).statusCode).toBe(403);
      expect((await client.get(path)).statusCode).toBe(403);
      expect((await client.request('DELETE', path)).statusCode).toBe(403);
    }
  });

  it('nothing is attached to a cancelled activity', async () => {
    const cancelled = await createActivity(f.c.leader, activityBody(f.team));
    await f.c.leader.post(`/api/v1/activities/${cancelled.id}/cancel`, { version: 1 });
    const response = await upload(f.c.leader, 'x.png', png, cancelled.id);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('activity_not_planned');
  });
});
