// The sizes `linli seed --scale` generates, each a real region subtree.

export const scaleNames = ['community', 'district', 'city', 'national'] as const;
export type ScaleName = (typeof scaleNames)[number];

export interface Scale {
  name: ScaleName;
  /** Organizations are generated in the streets under this code ('' = every street in China). */
  prefix: string;
  /**
   * Regions imported first. Always whole counties: which streets of a county get its incubator, its
   * demonstration hub and its observation points is decided among all of them, so it does not depend
   * on the scale that ran first.
   */
  importPrefixes: string[];
  description: string;
  /** Meant for a PostgreSQL server: the embedded database needs --force. */
  serverOnly: boolean;
  /** Whether --community-life may add volunteers, activities and service records (city: about 2 million activities). */
  communityLife: boolean;
}

export const scales: Record<ScaleName, Scale> = {
  community: {
    name: 'community',
    prefix: '310101002',
    importPrefixes: ['310101'],
    description: '上海市黄浦区南京东路街道 (310101002) and its 19 communities: about 350 organizations',
    serverOnly: false,
    communityLife: true,
  },
  district: {
    name: 'district',
    prefix: '310101',
    importPrefixes: ['310101'],
    description: '上海市黄浦区 (310101): 10 streets, about 2,500 organizations',
    serverOnly: false,
    communityLife: true,
  },
  city: {
    name: 'city',
    prefix: '31',
    importPrefixes: ['31'],
    description: 'all of 上海市 (31): 6,509 communities, about 80,000 organizations',
    serverOnly: false,
    communityLife: true,
  },
  national: {
    name: 'national',
    prefix: '',
    importPrefixes: [],
    description: 'all of China: 620,573 communities, about 4.5 million organizations (PostgreSQL server)',
    serverOnly: true,
    communityLife: false,
  },
};
