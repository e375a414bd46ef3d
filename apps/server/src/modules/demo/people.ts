// Fictitious people for the demo: common Chinese names, well-formed mobile numbers and ID numbers with a
// correct check character (GB 11643-1999). Any resemblance to a real person is chance.
import { idNumberCheckCharacter } from '@linli/shared';
import type { Random } from './random.js';

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const givenNames = [
  '秀英',
  '桂英',
  '秀兰',
  '玉兰',
  '桂兰',
  '凤英',
  '建华',
  '建国',
  '建平',
  '国强',
  '志强',
  '志明',
  '伟',
  '芳',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '红',
  '丽华',
  '美玲',
  '慧敏',
  '淑珍',
  '国华',
  '德明',
  '文斌',
  '海燕',
  '晓燕',
  '雪梅',
  '春花',
  '金凤',
  '永康',
  '佩华',
  '根宝',
  '阿娣',
  '惠芬',
  '梅芳',
  '振华',
  '卫东',
  '红梅',
  '小红',
  '建英',
  '爱华',
  '雅琴',
  '文华',
  '家豪',
  '思远',
  '欣怡',
  '子涵',
  '浩然',
  '嘉怡',
  '晨曦',
];

export function personName(random: Random): string {
  return random.pick(surnames) + random.pick(givenNames);
}

const mobilePrefixes = ['133', '135', '136', '137', '138', '139', '150', '151', '158', '159', '177', '180', '186', '189', '199'];

export function mobilePhone(random: Random): string {
  return random.pick(mobilePrefixes) + random.digits(8);
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** An ID number issued in `areaCode` (6 digits) for someone born between the given years. */
export function idNumber(random: Random, areaCode: string, bornFrom: number, bornTo: number): string {
  const year = random.int(bornFrom, bornTo);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const first17 = `${areaCode}${year}${pad(month, 2)}${pad(day, 2)}${pad(random.int(1, 999), 3)}`;
  return first17 + idNumberCheckCharacter(first17)!;
}
