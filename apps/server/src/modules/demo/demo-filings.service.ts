// Plays the filing scripts through the filings module, as the demo accounts would in the web app, then
// moves each story into the past so the queues show real waiting times.
import { submitFilingBody, type SubmitFilingBody } from '@linli/shared';
import type { AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import type { Scope } from '../../platform/scope.js';
import { submitFiling } from '../filings/filings.submission.js';
import { transitionFiling } from '../filings/filings.service.js';
import { DEMO_COMMUNITY } from './accounts.js';
import type { DemoUsers } from './demo-accounts.service.js';
import * as repository from './demo.repository.js';
import { filingScripts, type EstablishScript, type FilingScript } from './filing-scripts.js';
import { idNumber, mobilePhone, personName } from './people.js';
import { seededRandom, type Random } from './random.js';

const SEED = 20260415;
const DAY_MS = 86_400_000;
const memberRoles = ['副队长', '联络员', '财务', '', '', '', ''];

type DemoUser = DemoUsers[string];
const scopeOf = (user: DemoUser): Scope => ({ userId: user.id, role: user.role, regionPrefix: user.regionCode });
const actorOf = (user: DemoUser): AuditActor => ({ id: user.id, name: user.displayName, ip: null });

// tianjin-2018 三（二）: a filing comes with a simple charter (简易章程) and the member list.
function charter(script: EstablishScript): string {
  const kind = script.tier === 'team' ? '群众活动团队' : '社区活动小组';
  return [
    `第一条 本${kind}名称为“${script.name}”，由云南中路居民区居民自愿组成，在云南中路居委会指导下开展活动。`,
    `第二条 宗旨：${script.description}`,
    `第三条 活动场所：${script.venue}。`,
    '第四条 成员自愿加入、自由退出，遵守法律法规和社会公德，不从事营利活动。',
    '第五条 活动经费来源于成员自愿缴纳和社会捐赠，收支情况每半年向成员公布。',
  ].join('\n');
}

function establishBody(random: Random, script: EstablishScript): SubmitFilingBody {
  const leaderName = personName(random);
  const others = Array.from({ length: random.int(2, 9) }, () => ({ name: personName(random), role: random.pick(memberRoles) }));
  const members = [{ name: leaderName, role: script.tier === 'team' ? '队长' : '组长' }, ...others];
  return submitFilingBody.parse({
    kind: 'establish',
    organization: {
      name: script.name,
      tier: script.tier,
      regionCode: DEMO_COMMUNITY,
      serviceFields: script.fields,
      targetGroups: script.groups,
      description: script.description,
      leaderName,
      leaderPhone: mobilePhone(random),
      leaderIdNumber: idNumber(random, '310101', 1950, 1985),
      memberCount: members.length,
      venue: script.venue,
      charter: charter(script),
      members,
    },
  });
}

async function bodyOf(services: Services, random: Random, script: FilingScript, submitter: DemoUser): Promise<SubmitFilingBody | null> {
  const { db } = services.database;
  if (script.kind === 'establish') return establishBody(random, script);
  const organizationId =
    script.organization === 'led_by_submitter'
      ? await repository.organizationLedBy(db, submitter.id)
      : await repository.activeTeamIn(db, DEMO_COMMUNITY);
  if (!organizationId) return null;
  if (script.kind === 'change')
    return submitFilingBody.parse({ kind: 'change', organizationId, reason: script.reason, changes: script.changes });
  return submitFilingBody.parse({ kind: 'cancel', organizationId, reason: script.reason });
}

/** Returns how many filings ended in each status. */
export async function createDemoFilings(
  services: Services,
  users: DemoUsers,
  onProgress?: (done: number, total: number) => void,
): Promise<Record<string, number>> {
  const random = seededRandom(SEED);
  const now = Date.now();
  const counts: Record<string, number> = {};
  for (const [index, script] of filingScripts.entries()) {
    const submitter = users[script.submitter];
    const body = submitter && script.steps.every((step) => users[step.by]) ? await bodyOf(services, random, script, submitter) : null;
    if (submitter && body) {
      const id = await submitFiling(services, scopeOf(submitter), actorOf(submitter), body);
      for (const step of script.steps) {
        const { version } = await repository.filingStatus(services.database.db, id);
        const by = users[step.by]!;
        await transitionFiling(services, scopeOf(by), actorOf(by), id, { action: step.action, comment: step.comment, version });
      }
      await services.database.transaction((tx) =>
        repository.backdateFiling(tx, id, new Date(now - script.submittedDaysAgo * DAY_MS), new Date(now - script.statusDaysAgo * DAY_MS)),
      );
      const { status } = await repository.filingStatus(services.database.db, id);
      counts[status] = (counts[status] ?? 0) + 1;
    }
    onProgress?.(index + 1, filingScripts.length);
  }
  return counts;
}
