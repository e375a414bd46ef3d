// The sections of 志愿服务 and who sees each: the tabs of the layout and the landing section, from the
// permissions the server sends in /auth/me.
export interface Section {
  path: string;
  labelKey: string;
  anyOf: string[];
}

export const sections: Section[] = [
  { path: 'me', labelKey: 'tab.me', anyOf: ['volunteers:self'] },
  { path: 'needs', labelKey: 'tab.needs', anyOf: ['volunteer_needs:read'] },
  { path: 'rewards', labelKey: 'tab.rewards', anyOf: ['rewards:read'] },
  { path: 'records', labelKey: 'tab.records', anyOf: ['service_records:read'] },
  { path: 'volunteers', labelKey: 'tab.volunteers', anyOf: ['volunteers:read'] },
  { path: 'monthly', labelKey: 'tab.monthly', anyOf: ['volunteers:read'] },
  { path: 'rules', labelKey: 'tab.rules', anyOf: ['volunteers:read', 'time_bank_rules:manage'] },
];

export const sectionsFor = (permissions: readonly string[]) => sections.filter((s) => s.anyOf.some((p) => permissions.includes(p)));
