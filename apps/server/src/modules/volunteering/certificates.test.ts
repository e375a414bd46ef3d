// Service-record certificates: issued from confirmed records, printed as a PDF with Chinese text, checked by
// anyone on the public page by their code.
import type { VolunteerCertificate } from '@linli/shared';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  confirm,
  countRows,
  pastNeedBody,
  postNeed,
  register,
  signUp,
  volunteeringCast,
  type VolunteeringCast,
} from './volunteering.test-setup.js';

let c: VolunteeringCast;
beforeAll(async () => {
  c = await volunteeringCast();
  const zhang = await register(c.resident);
  await register(c.neighbour);
  for (const [organization, client, hours] of [
    [c.organizations.team, c.leader, 2.5],
    [c.organizations.otherTeam, c.otherLeader, 1.25],
  ] as const) {
    const need = await postNeed(client, pastNeedBody(organization, { title: `${hours} 小时的服务` }));
    await signUp(c.resident, need.id);
    await confirm(client, need.id, zhang.id, hours);
  }
});
afterAll(() => c.t.close());

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The PDF's compressed streams, inflated (content, ToUnicode maps); binary ones are skipped. */
function pdfStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // an uncompressed or binary (font) stream
    }
  }
  return streams;
}

/** The characters the ToUnicode CMaps map glyphs to (every <XXXX> target), to check the Chinese text is drawn. */
function mappedCharacters(pdf: Buffer): string {
  return pdfStreams(pdf)
    .filter((s) => s.includes('begincmap'))
    .flatMap((cmap) => [...cmap.slice(cmap.indexOf('endcodespacerange')).matchAll(/<([0-9a-fA-F]{4})>/g)].map((m) => parseInt(m[1]!, 16)))
    .map((unit) => String.fromCharCode(unit))
    .join('');
}

describe('service-record certificates', () => {
  let certificate: VolunteerCertificate;

  it('certifies the confirmed records of the period: hours, count, organizations, the name masked', async () => {
    const response = await c.resident.post('/api/v1/volunteers/me/certificates', {});
    expect(response.statusCode).toBe(201);
    certificate = response.json();
    expect(certificate.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(certificate.certified).toEqual({
      name: '张*',
      hours: 3.75,
      records: 2,
      from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      to: today(),
      organizations: expect.arrayContaining(['云南中路睦邻队', '云南中路合唱队']),
    });
    expect(certificate.verifyPath).toBe(`/verify/${certificate.code.replaceAll('-', '')}`);
    expect((await c.resident.get('/api/v1/volunteers/me/certificates')).json().items.map((x: { id: string }) => x.id)).toEqual([
      certificate.id,
    ]);
  });

  it('downloads as a small PDF with Chinese text, the verification code and the public URL', async () => {
    const response = await c.resident.get(`/api/v1/volunteers/me/certificates/${certificate.id}/pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain('志愿服务记录证明-');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(200 * 1024); // a subset of the 10 MiB font
    const text = pdf.toString('latin1');
    const code = certificate.code.replaceAll('-', '');
    expect(text).toContain(`/URI (http://localhost:80/verify/${code})`);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    const characters = mappedCharacters(pdf);
    for (const character of '志愿服务记录证明张伟云南中路睦邻队小时验证码') expect(characters, character).toContain(character);
  });

  it('is checked by anyone without logging in: masked name, hours, period, issue date', async () => {
    const code = certificate.code;
    for (const typed of [code, code.replaceAll('-', ''), code.toLowerCase()]) {
      const response = await c.t.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${encodeURIComponent(typed)}` });
      expect(response.statusCode, typed).toBe(200);
      expect(response.json()).toMatchObject({ name: '张*', hours: 3.75, records: 2, to: today(), code: code.replaceAll('-', '') });
      expect(response.body).not.toContain('张伟');
    }
  });

  it('answers an unknown code with 404 problem+json', async () => {
    for (const typed of ['ABCD-EFGH-JKMN', 'x', "'; DROP TABLE volunteers; --"]) {
      const response = await c.t.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${encodeURIComponent(typed)}` });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().code).toBe('not_found');
    }
  });

  it('keeps a certificate to its holder: 404 for another volunteer, 403 for offices', async () => {
    expect((await c.neighbour.get(`/api/v1/volunteers/me/certificates/${certificate.id}/pdf`)).statusCode).toBe(404);
    for (const client of [c.street, c.admin]) {
      expect((await client.get(`/api/v1/volunteers/me/certificates/${certificate.id}/pdf`)).statusCode).toBe(403);
      expect((await client.get('/api/v1/volunteers/me/certificates')).statusCode).toBe(403);
      expect((await client.post('/api/v1/volunteers/me/certificates', {})).statusCode).toBe(403);
    }
  });

  it('refuses a period without records (422), in the future or backwards (400 at to), writing nothing', async () => {
    const before = await countRows(c.t, 'volunteer_certificates');
    const empty = await c.resident.post('/api/v1/volunteers/me/certificates', { from: '2020-01-01', to: '2020-12-31' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json()).toMatchObject({ code: 'no_service_records', title: '没有可证明的服务记录' });
    expect((await c.neighbour.post('/api/v1/volunteers/me/certificates', {})).json().code).toBe('no_service_records');
    for (const body of [{ to: '2999-01-01' }, { from: '2026-03-02', to: '2026-03-01' }, { from: 'yesterday' }]) {
      const response = await c.resident.post('/api/v1/volunteers/me/certificates', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].path).toBe(Object.keys(body).length === 1 && 'from' in body ? 'from' : 'to');
    }
    expect(await countRows(c.t, 'volunteer_certificates')).toBe(before);
  });
});
