// The roll-ups are kept by the database in the same transaction as the change: an organization the street
// files counts at once at every level, from its community up to the country.
import type { StatsIndicators } from '@linli/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, castOfUsers, establishBody, HUANGPU, NANJING_EAST, submit, YUNNAN_MIDDLE, type Cast } from '../filings/filings.test-setup.js';
import { evaluateRegion } from './stats.service.js';

let c: Cast;

beforeAll(async () => {
  c = await castOfUsers();
  expect((await c.admin.put('/api/v1/policy-bindings?region=', { policies: ['mca-2017'], version: 0 })).statusCode).toBe(200);
  expect((await c.admin.put('/api/v1/policy-bindings?region=31', { policies: ['shanghai-2021'], version: 0 })).statusCode).toBe(200);
});
afterAll(() => c.t.close());

const ministry = { userId: 'ministry', role: 'civil_affairs' as const, regionPrefix: null };

/** The numerator of shanghai-2021's urban average at each level, and of the country's mca-2017 one. */
async function urbanCounts() {
  const numerator = (result: StatsIndicators, pack: string) => result.packs.find((p) => p.id === pack)!.indicators.find((i) => i.id === 'urban-avg')!.numerator;
  const at = (region: string) => evaluateRegion(c.t.services, ministry, { region });
  const [country, city, district, street, community] = await Promise.all(['', '31', HUANGPU, NANJING_EAST, YUNNAN_MIDDLE].map(at));
  return {
    country: numerator(country!, 'mca-2017'),
    city: numerator(city!, 'shanghai-2021'),
    district: numerator(district!, 'shanghai-2021'),
    street: numerator(street!, 'shanghai-2021'),
    community: numerator(community!, 'shanghai-2021'),
    streetRowOfDistrict: district!.packs[1]!.children.find((r) => r.code === NANJING_EAST)!.values['urban-avg']!.numerator,
  };
}

describe('a filed organization', () => {
  it('moves the numbers at every level the moment the street files it', async () => {
    const before = await urbanCounts();
    expect(before).toEqual({ country: 0, city: 0, district: 0, street: 0, community: 0, streetRowOfDistrict: 0 });
    let filing = await submit(c.committee, establishBody());
    filing = await act(c.colleague, filing, 'approve');
    expect(await urbanCounts()).toEqual(before);
    await act(c.street, filing, 'file');
    expect(await urbanCounts()).toEqual({ country: 1, city: 1, district: 1, street: 1, community: 1, streetRowOfDistrict: 1 });
    // and the district officer's own dashboard shows it
    const district = (await c.civil.get('/api/v1/stats/indicators?policy=shanghai-2021')).json() as StatsIndicators;
    expect(district.packs[0]!.indicators.find((i) => i.id === 'urban-avg')!.numerator).toBe(1);
  });
});
