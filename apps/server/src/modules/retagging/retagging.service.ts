// Re-tagging (shanghai-2021 四（三）): move stock organizations from some service fields to others, e.g. to the
// ministry's latest statistical caliber — previewed with each adopted pack's category counts before and after,
// then applied all at once with a history entry per organization and one audit event.
import type { RetaggingBody, RetaggingPreview } from '@linli/shared';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { regionBreakdown } from '../stats/stats-breakdown.service.js';
import * as repository from './retagging.repository.js';

function checkMoves(body: RetaggingBody) {
  const errors: FieldError[] = [];
  body.moves.forEach((move, i) => {
    if (move.to.includes(move.from)) errors.push({ path: `moves.${i}.to`, message: 'same_field' });
    if (body.moves.findIndex((m) => m.from === move.from) !== i) errors.push({ path: `moves.${i}.from`, message: 'duplicate_move' });
  });
  if (errors.length > 0) throw new AppError('validation_failed', {}, errors);
}

export function retagged(fields: string[], moves: RetaggingBody['moves']): string[] {
  return [...new Set(fields.flatMap((field) => moves.find((m) => m.from === field)?.to ?? [field]))];
}

type Breakdown = Awaited<ReturnType<typeof regionBreakdown>>;

function plan(body: RetaggingBody, breakdown: Breakdown, organizations: repository.TaggedOrganization[]) {
  const changes = organizations.map((o) => ({ id: o.id, status: o.status, before: o.serviceFields, after: retagged(o.serviceFields, body.moves) }));
  const active = changes.filter((c) => c.status === 'active');
  const inCategory = (fields: string[], category: string[]) => fields.some((f) => category.includes(f));
  const preview: RetaggingPreview = {
    organizations: changes.length,
    categories: breakdown.categories.map((pack) => ({
      policy: pack.policy,
      title: pack.title,
      items: pack.items.map((item) => ({
        id: item.id,
        name: item.name,
        before: item.count,
        after:
          item.count -
          active.filter((c) => inCategory(c.before, item.serviceFields)).length +
          active.filter((c) => inCategory(c.after, item.serviceFields)).length,
      })),
    })),
  };
  return { preview, changes };
}

export async function previewRetagging(services: Services, scope: Scope, body: RetaggingBody): Promise<RetaggingPreview> {
  checkMoves(body);
  const breakdown = await regionBreakdown(services, scope, { region: body.region });
  const organizations = await repository.organizationsWithFields(scope, services.database.db, body.region, body.moves.map((m) => m.from));
  return plan(body, breakdown, organizations).preview;
}

export async function applyRetagging(services: Services, scope: Scope, actor: AuditActor & { id: string }, body: RetaggingBody & { expectedOrganizations: number }) {
  checkMoves(body);
  // read (and scope-check) before the transaction: the counts only describe the change in the audit trail
  const breakdown = await regionBreakdown(services, scope, { region: body.region });
  return services.database.transaction(async (tx) => {
    const locked = await repository.organizationsWithFields(scope, tx, body.region, body.moves.map((m) => m.from), true);
    const { preview, changes } = plan(body, breakdown, locked);
    if (changes.length !== body.expectedOrganizations)
      throw new AppError('version_conflict', {}, [{ path: 'expectedOrganizations', message: 'preview_changed' }]);
    if (changes.length > 0) await repository.retagOrganizations(tx, actor.id, changes);
    await recordAudit(tx, actor, {
      action: 'organizations.retagged',
      targetType: 'region',
      targetId: body.region,
      regionCode: body.region,
      before: { categories: preview.categories.map((p) => ({ policy: p.policy, counts: Object.fromEntries(p.items.map((i) => [i.id, i.before])) })) },
      after: {
        moves: body.moves,
        organizations: changes.length,
        categories: preview.categories.map((p) => ({ policy: p.policy, counts: Object.fromEntries(p.items.map((i) => [i.id, i.after])) })),
      },
    });
    return { organizations: changes.length };
  });
}
