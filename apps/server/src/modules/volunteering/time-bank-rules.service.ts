// The time bank's rule (时间银行、服务积分兑换, tianjin-2018 四（三）): points per confirmed hour and the
// cumulative hours of each star level. A street sets its own; a district, city or province sets one its streets
// inherit; where none is set the platform default applies (packages/shared volunteering.ts).
import type { TimeBankRule, TimeBankRuleBody } from '@linli/shared';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { can } from '../../platform/permissions.js';
import { inRegionScope, type Scope } from '../../platform/scope.js';
import { findRegion, regionNames } from '../regions/regions.repository.js';
import * as repository from './time-bank-rules.repository.js';

const STREET_LEVEL = 4;

/** Street officers set their own street's rule; civil affairs any region of its subtree down to the streets. */
function mayUpdate(scope: Scope, region: { code: string; level: number }): boolean {
  if (!can(scope.role, 'time_bank_rules:manage') || region.level > STREET_LEVEL) return false;
  if (scope.role === 'street_officer') return region.code === scope.regionPrefix;
  return inRegionScope(scope, region.code);
}

/** A region of the viewer's subtree, or one above it (a resident reads the rule of their street and district). */
async function ruleRegion(services: Services, scope: Scope, code: string) {
  const reachable = inRegionScope(scope, code) || Boolean(scope.regionPrefix?.startsWith(code));
  const region = reachable ? await findRegion(scope, services.database.db, code) : undefined;
  if (!region) throw new AppError('not_found');
  return region;
}

export async function getRule(services: Services, scope: Scope, code: string): Promise<TimeBankRule> {
  const region = await ruleRegion(services, scope, code);
  const rule = await repository.effectiveRule(services.database.db, region.code);
  const names = rule.sourceRegionCode ? await regionNames(services.database.db, [rule.sourceRegionCode]) : new Map<string, string>();
  return {
    regionCode: region.code,
    regionName: region.name,
    pointsPerHour: rule.pointsPerHour,
    starHours: rule.starHours,
    source: rule.sourceRegionCode === null ? 'default' : rule.sourceRegionCode === region.code ? 'own' : 'inherited',
    sourceRegionCode: rule.sourceRegionCode,
    sourceRegionName: rule.sourceRegionCode ? (names.get(rule.sourceRegionCode) ?? null) : null,
    updatedAt: rule.updatedAt?.toISOString() ?? null,
    abilities: { update: mayUpdate(scope, region) },
  };
}

export async function saveRule(services: Services, scope: Scope, actor: AuditActor, code: string, body: TimeBankRuleBody) {
  const region = await ruleRegion(services, scope, code);
  if (region.level > STREET_LEVEL)
    throw new AppError('validation_failed', {}, [{ path: 'params.regionCode', message: 'rule_region_level' }]);
  if (!mayUpdate(scope, region)) throw new AppError('forbidden');
  const before = await repository.effectiveRule(services.database.db, region.code);
  await services.database.transaction(async (tx) => {
    await repository.saveRule(tx, { regionCode: region.code, ...body, updatedBy: scope.userId });
    await recordAudit(tx, actor, {
      action: 'time_bank_rule.updated',
      targetType: 'time_bank_rule',
      targetId: region.code,
      regionCode: region.code,
      before: { pointsPerHour: before.pointsPerHour, starHours: before.starHours, sourceRegionCode: before.sourceRegionCode },
      after: body,
    });
  });
  return getRule(services, scope, code);
}
