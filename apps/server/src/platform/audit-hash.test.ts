import { describe, expect, it } from 'vitest';
import { canonicalJson, eventHash } from './audit.js';

const event = {
  id: 7,
  at: '2026-11-25T08:00:00.638Z',
  actorId: null,
  actorName: '张三',
  action: 'organization.updated',
  targetType: 'organization',
  targetId: 'x',
  regionCode: '310101002001',
  ip: '127.0.0.1',
  before: { name: '甲', memberCount: 10 },
  after: { memberCount: 12, name: '乙' },
};

describe('audit hash chain', () => {
  it('serializes objects with sorted keys, as jsonb would reorder them', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
  });

  it('hashes the same event the same way whatever the key order or timestamp format', () => {
    const reordered = { ...event, after: { name: '乙', memberCount: 12 }, at: '2026-11-25 08:00:00.638+00' };
    expect(eventHash('0'.repeat(64), reordered)).toBe(eventHash('0'.repeat(64), event));
  });

  it('changes when any field or the previous hash changes', () => {
    const base = eventHash('0'.repeat(64), event);
    expect(eventHash('1'.repeat(64), event)).not.toBe(base);
    expect(eventHash('0'.repeat(64), { ...event, after: { memberCount: 13, name: '乙' } })).not.toBe(base);
    expect(eventHash('0'.repeat(64), { ...event, id: 8 })).not.toBe(base);
  });
});
