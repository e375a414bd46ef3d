// Cell text as people type it in a ledger, and what the import makes of it.
import { describe, expect, it } from 'vitest';
import { unescapeCell } from '../../platform/spreadsheet.js';
import { communityFinder, nameKeys } from './community-finder.js';
import { cellParsers, halfWidth, parseDate } from './ledger-values.js';

const value = (parsed: unknown) => (parsed as { value?: unknown }).value;
const problem = (parsed: unknown) => (parsed as { problem?: { key: string } }).problem?.key;

describe('ledger cell values', () => {
  it('reads every common way of writing a date, and refuses what is not one', () => {
    for (const text of ['2021-03-05', '2021/3/5', '2021.3.5', '2021年3月5日', '20210305', '２０２１．３．５', '44260'])
      expect(value(parseDate(text))).toBe('2021-03-05');
    expect(value(parseDate('2021年3月'))).toBe('2021-03-01');
    expect(problem(parseDate('2019'))).toBe('invalid_date'); // a bare year is not Excel day 2019 (1905)
    expect(problem(parseDate('2021-02-30'))).toBe('invalid_date');
    expect(problem(parseDate('去年'))).toBe('invalid_date');
    expect(problem(parseDate('2030-01-01', '2026-12-02'))).toBe('date_in_future');
  });

  it('turns full-width digits and spaces into half-width ones', () => {
    expect(halfWidth('１３９　１２３４')).toBe('139 1234');
    expect(value(cellParsers.memberCount('３５人'))).toBe(35);
    expect(value(cellParsers.memberCount('1,234'))).toBe(1234);
    expect(problem(cellParsers.memberCount('十几'))).toBe('not_a_number');
  });

  it('keeps a landline dash and drops a mobile number separators', () => {
    expect(value(cellParsers.leaderPhone('139-1234-5678'))).toBe('13912345678');
    expect(value(cellParsers.leaderPhone('021-63211234'))).toBe('021-63211234');
    expect(problem(cellParsers.leaderPhone('12345'))).toBe('phone_invalid');
  });

  it('knows the vocabularies by their Chinese and English names and common short forms', () => {
    expect(value(cellParsers.tier('群众活动团队'))).toBe('team');
    expect(value(cellParsers.tier('Community activity group'))).toBe('group');
    expect(value(cellParsers.legalForm('民非'))).toBe('social_service_agency');
    expect(value(cellParsers.isBrand('√'))).toBe(true);
    expect(value(cellParsers.serviceFields('养老、邻里互助,养老'))).toEqual(['养老', '邻里互助']);
    expect(problem(cellParsers.serviceFields('养老、跳广场舞'))).toBe('unknown_choice');
  });

  it('reads back a value our exports quoted against formula injection', () => {
    expect(unescapeCell("'=1+2")).toBe('=1+2');
    expect(unescapeCell("'-2")).toBe('-2');
    expect(unescapeCell("'普通文字")).toBe("'普通文字");
  });
});

describe('finding the community a row names', () => {
  const places = [
    { code: '310101002', name: '南京东路街道', level: 4, parentCode: '310101' },
    { code: '310101002001', name: '云南中路居委会', level: 5, parentCode: '310101002' },
    { code: '310101002003', name: '贵州路居委会', level: 5, parentCode: '310101002' },
  ];
  const find = communityFinder(places, { code: '310101002', name: '南京东路街道' });

  it('by full name, short name, code, export path or the street itself', () => {
    expect(nameKeys('张庄村村委会')).toEqual(['张庄村村委会', '张庄村', '张庄']);
    for (const text of ['云南中路居委会', '云南中路社区', '云南中路', '310101002001', '黄浦区 / 南京东路街道 / 云南中路居委会'])
      expect((value(find(text)) as { code: string }).code).toBe('310101002001');
    expect((value(find('南京东路街道')) as { code: string }).code).toBe('310101002');
  });

  it('never outside the region', () => {
    expect(problem(find('外滩居委会'))).toBe('unknown_community');
    expect(problem(find('310101013001'))).toBe('community_out_of_scope');
  });
});
