import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPacksDir } from '../../config.js';
import { fixturePack } from '../stats/stats.fixture.js';
import { loadPacks, PackLoadError, parsePack } from './pack-loader.js';

const text = (value: unknown) => JSON.stringify(value);
const problemsOf = (file: string, value: unknown) => {
  try {
    parsePack(file, typeof value === 'string' ? value : text(value));
  } catch (error) {
    expect(error).toBeInstanceOf(PackLoadError);
    return { message: (error as PackLoadError).message, problems: (error as PackLoadError).problems };
  }
  throw new Error('the pack was accepted');
};

describe('the shipped packs', () => {
  it('load, one per source document, each bound where its issuer governs', () => {
    const packs = loadPacks(defaultPacksDir);
    expect(packs.all.map((p) => [p.id, p.bindsTo])).toEqual([
      ['hangzhou-2018', '3301'],
      ['mca-2017', ''],
      ['shanghai-2021', '31'],
      ['suzhou-2021', '3413'],
      ['tianjin-2018', '12'],
    ]);
    expect(packs.get('shanghai-2021')!.indicators.find((i) => i.id === 'urban-avg')).toMatchObject({ target: 12, deadline: '2025-12-31' });
  });
});

describe('a malformed pack is refused with the file, the path and the problem', () => {
  it('broken JSON', () => {
    const { message } = problemsOf('packs/fixture.json', '{ "id": ');
    expect(message).toContain('packs/fixture.json');
    expect(message).toContain('not valid JSON');
  });

  it('an unknown indicator kind', () => {
    const pack = { ...fixturePack, indicators: [{ ...fixturePack.indicators[0], kind: 'ratio' }] };
    const { problems } = problemsOf('fixture.json', pack);
    expect(problems.map((p) => p.path)).toContain('indicators[0].kind');
  });

  it('an unknown service field in the taxonomy and a missing citation', () => {
    const taxonomy = [
      { ...fixturePack.taxonomy[0], fields: ['广场舞'] },
      { ...fixturePack.taxonomy[1], citation: undefined },
    ];
    const { problems } = problemsOf('fixture.json', { ...fixturePack, taxonomy });
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['taxonomy[0].fields[0]', 'taxonomy[1].citation']));
  });

  it('a category that does not exist, an unmapped field, a duplicate id and a deadline before the start', () => {
    const [first, second] = fixturePack.indicators;
    const pack = {
      ...fixturePack,
      taxonomy: [fixturePack.taxonomy[0]],
      indicators: [
        { ...first, deadline: '2019-01-01' },
        { ...fixturePack.indicators[3], subject: { source: 'organizations', categories: ['youth'] } },
        { ...second, id: first!.id },
      ],
    };
    const { problems } = problemsOf('fixture.json', pack);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'indicators[0].deadline', message: 'deadline must come after the start' },
        { path: 'indicators[1].subject.categories[0]', message: 'unknown category "youth"' },
        { path: 'indicators[2].id', message: 'duplicate id "urban-avg"' },
        expect.objectContaining({ path: 'taxonomy', message: expect.stringContaining('体育健身') }),
      ]),
    );
  });

  it('a major-activity rule with an unknown kind, levels out of order and no citation', () => {
    const majorActivity = {
      kinds: ['festival', 'picnic'],
      participantThreshold: 100,
      levels: [
        { from: 10, level: 'street' },
        { from: 5, level: 'committee' },
      ],
      leadDays: 3,
    };
    const { problems } = problemsOf('fixture.json', { ...fixturePack, rules: { majorActivity } });
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['rules.majorActivity.kinds[1]', 'rules.majorActivity.citation']));
    const ordered = { ...majorActivity, kinds: ['festival'], citation: { file: '003_c4b16e298603f1ee.txt', clause: '二（四）2' } };
    expect(problemsOf('fixture.json', { ...fixturePack, rules: { majorActivity: ordered } }).problems).toEqual([
      { path: 'rules.majorActivity.levels[0].from', message: 'the first level starts at 0' },
      { path: 'rules.majorActivity.levels[1].from', message: 'must be larger than the level before' },
      { path: 'rules.majorActivity.levels[1].level', message: 'must be higher than the level before' },
    ]);
  });

  it('a file named differently from its id, and a directory with no pack', () => {
    expect(problemsOf('packs/other.json', fixturePack).problems).toEqual([{ path: 'id', message: 'must match the file name "other"' }]);
    const empty = mkdtempSync(join(tmpdir(), 'linli-packs-'));
    expect(() => loadPacks(empty)).toThrow(PackLoadError);
    writeFileSync(join(empty, 'fixture.json'), text({ ...fixturePack, countedTiers: [] }));
    expect(() => loadPacks(empty)).toThrow(/fixture\.json[\s\S]*countedTiers/);
  });
});
