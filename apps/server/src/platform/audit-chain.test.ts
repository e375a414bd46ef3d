// The audit trail is tamper-evident: the database refuses edits, and an edit made past that guard (by someone
// with the power to disable the trigger) is found by GET /audit-events/verify.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../test/factories.js';
import { createTestApp, login, type Client, type TestApp } from '../test/test-app.js';

let t: TestApp;
let auditor: Client;

beforeAll(async () => {
  t = await createTestApp({ regions: ['310101002'] });
  await buildUser(t.services, { role: 'sys_admin', username: 'admin' });
  await buildUser(t.services, { role: 'audit_admin', username: 'auditor' });
  const admin = await login(t.app, 'admin');
  for (const username of ['zhangsan', 'lisi', 'wangwu']) {
    const response = await admin.post('/api/v1/users', {
      username,
      displayName: username,
      role: 'resident',
      regionCode: '310101002',
      password: 'Xinmima2026',
    });
    expect(response.statusCode).toBe(201);
  }
  await admin.post('/api/v1/auth/logout');
  auditor = await login(t.app, 'auditor');
});
afterAll(() => t.close());

const verify = async () => (await auditor.get('/api/v1/audit-events/verify')).json();
const eventIds = async () =>
  ((await t.database.db.execute(sql`SELECT id FROM audit_events ORDER BY id`)) as unknown as { id: number }[]).map((row) => Number(row.id));

/** What only someone with the database owner's rights could do: switch the append-only trigger off for one statement. */
async function bypassTrigger(statement: string) {
  await t.database.driver.exec(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update;
    ${statement};
    ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
}

describe('the audit chain', () => {
  it('is refused a plain UPDATE or DELETE by the database itself', async () => {
    const [first] = await eventIds();
    /** Drizzle wraps the driver's error; the database's own message is its cause. */
    const refusal = (statement: Promise<unknown>) =>
      statement.then(
        () => 'accepted',
        (error: Error & { cause?: Error }) => (error.cause ?? error).message,
      );
    expect(await refusal(t.database.db.execute(sql`UPDATE audit_events SET actor_name = 'nobody' WHERE id = ${first}`))).toMatch(
      /append-only/,
    );
    expect(await refusal(t.database.db.execute(sql`DELETE FROM audit_events WHERE id = ${first}`))).toMatch(/append-only/);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('verifies intact after a series of actions', async () => {
    const ids = await eventIds();
    expect(ids).toHaveLength(6); // the admin's login, 3 accounts created, the admin's logout, the auditor's login
    expect(await verify()).toEqual({ ok: true, checked: ids.length, firstBadEventId: null, problem: null });
  });

  it("names an event whose content was altered behind the trigger's back", async () => {
    const created = (await t.database.db.execute(
      sql`SELECT id, after::text AS after FROM audit_events WHERE action = 'user.created' ORDER BY id`,
    )) as unknown as {
      id: number;
      after: string;
    }[];
    const target = Number(created[1]!.id);
    await bypassTrigger(`UPDATE audit_events SET after = '{"username":"someone-else","role":"sys_admin"}' WHERE id = ${target}`);
    const ids = await eventIds();
    expect(await verify()).toEqual({ ok: false, checked: ids.indexOf(target), firstBadEventId: target, problem: 'altered' });

    // Putting the original content back makes the chain whole again: the hash covers the content, nothing else.
    await bypassTrigger(`UPDATE audit_events SET after = '${created[1]!.after}'::jsonb WHERE id = ${target}`);
    expect(await verify()).toMatchObject({ ok: true, checked: ids.length });
  });

  it('names the event after one deleted from the middle as a broken link', async () => {
    const ids = await eventIds();
    const middle = Math.floor(ids.length / 2);
    await bypassTrigger(`DELETE FROM audit_events WHERE id = ${ids[middle]}`);
    expect(await verify()).toEqual({ ok: false, checked: middle, firstBadEventId: ids[middle + 1], problem: 'broken_link' });
  });
});
