// Saved column mappings: a street that keeps its ledger in its own layout maps it once; the next upload with
// the same headers is mapped the same way without asking.
import type { SavedMapping } from '@linli/shared';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Language } from '../../platform/messages.js';
import type { Viewer } from '../organizations/organizations.policy.js';
import * as repository from './imports.repository.js';
import { checkMapping } from './ledger-columns.js';

const present = (row: Awaited<ReturnType<typeof repository.upsertMapping>>): SavedMapping => ({
  id: row.id,
  name: row.name,
  headers: row.headers,
  mapping: row.mapping as SavedMapping['mapping'],
  createdAt: row.createdAt.toISOString(),
});

export async function listMappings(services: Services, viewer: Viewer) {
  return (await repository.listMappings(services.database.db, viewer.id)).map(present);
}

export async function saveMapping(
  services: Services,
  viewer: Viewer,
  actor: AuditActor,
  body: { name: string; headers: string[]; mapping: SavedMapping['mapping'] },
  language: Language,
) {
  checkMapping(body.headers, body.mapping, language);
  return present(
    await services.database.transaction(async (tx) => {
      const row = await repository.upsertMapping(tx, { ownerId: viewer.id, ...body });
      await recordAudit(tx, actor, { action: 'ledger_mapping.saved', targetType: 'ledger_mapping', targetId: row.id, after: body });
      return row;
    }),
  );
}

export async function deleteMapping(services: Services, viewer: Viewer, actor: AuditActor, id: string) {
  await services.database.transaction(async (tx) => {
    if (!(await repository.deleteMapping(tx, viewer.id, id))) throw new AppError('not_found');
    await recordAudit(tx, actor, { action: 'ledger_mapping.deleted', targetType: 'ledger_mapping', targetId: id });
  });
}
