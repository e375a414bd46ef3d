// Which packs a region adopts (policies.md: a child inherits every pack bound above it).
import type { PolicyBinding, RegionRef } from '@linli/shared';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { COUNTRY, resolveStatsRegion, type StatsRegion } from '../stats/stats-region.js';
import * as repository from './policy-bindings.repository.js';

function present(region: StatsRegion, rows: repository.BindingRow[]): PolicyBinding {
  const own = rows.find((r) => r.regionCode === region.code);
  const where = (code: string): RegionRef => (code === '' ? COUNTRY : region.path.find((r) => r.code === code)!);
  const inherited = rows
    .filter((r) => r.regionCode !== region.code)
    .flatMap((r) => r.policies.map((policy) => ({ policy, boundAt: where(r.regionCode) })));
  return { region: { code: region.code, name: region.name, level: region.level }, own: own?.policies ?? [], inherited, version: own?.version ?? 0 };
}

export async function readBinding(services: Services, scope: Scope, code: string | undefined) {
  const region = await resolveStatsRegion(services, scope, code);
  return present(region, await repository.bindingsAlong(services.database.db, region.code));
}

export async function bindPolicies(services: Services, scope: Scope, actor: AuditActor, code: string | undefined, body: { policies: string[]; version: number }) {
  const region = await resolveStatsRegion(services, scope, code);
  const errors = body.policies.flatMap((id, i) => {
    if (!services.packs.get(id)) return [{ path: `policies.${i}`, message: 'unknown_policy' }];
    if (body.policies.indexOf(id) !== i) return [{ path: `policies.${i}`, message: 'duplicate_policy' }];
    return [];
  });
  if (errors.length > 0) throw new AppError('validation_failed', {}, errors);
  await services.database.transaction(async (tx) => {
    const before = await repository.lockBinding(tx, region.code);
    if ((before?.version ?? 0) !== body.version) throw new AppError('version_conflict');
    const version = await repository.writeBinding(tx, region.code, body.policies, body.version, actor.id);
    if (version === null) throw new AppError('version_conflict');
    await recordAudit(tx, actor, {
      action: 'policy_binding.updated',
      targetType: 'region',
      targetId: region.code,
      regionCode: region.code || null,
      before: { policies: before?.policies ?? [] },
      after: { policies: body.policies },
    });
  });
  return readBinding(services, scope, region.code);
}
