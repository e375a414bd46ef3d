import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { regionUnder, type Scope } from '../../platform/scope.js';

export interface TaggedOrganization {
  id: string;
  status: string;
  serviceFields: string[];
}

const fieldsArray = (values: readonly string[]) => sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

/** Organizations (any status) under `regionCode` carrying any of `fields`; locked when `lock`. */
export async function organizationsWithFields(scope: Scope, db: Db, regionCode: string, fields: string[], lock = false): Promise<TaggedOrganization[]> {
  return (await db.execute(sql`
    SELECT id, status, service_fields AS "serviceFields" FROM organizations
    WHERE ${regionUnder(sql`region_code`, scope.regionPrefix)} AND ${regionUnder(sql`region_code`, regionCode)}
      AND service_fields && ${fieldsArray(fields)}
    ORDER BY id ${lock ? sql`FOR UPDATE` : sql``}`)) as unknown as TaggedOrganization[];
}

/** New service fields for each organization, one history entry each, in one statement apiece. */
export async function retagOrganizations(tx: Db, actorId: string, changes: { id: string; before: string[]; after: string[] }[]) {
  const rows = JSON.stringify(changes);
  await tx.execute(sql`
    UPDATE organizations o SET
      service_fields = ARRAY(SELECT jsonb_array_elements_text(v.after)),
      version = o.version + 1,
      updated_at = now()
    FROM jsonb_to_recordset(${rows}::jsonb) AS v(id uuid, after jsonb)
    WHERE o.id = v.id`);
  await tx.execute(sql`
    INSERT INTO organization_changes (organization_id, actor_id, action, changes)
    SELECT v.id, ${actorId}, 'retagged', jsonb_build_object('serviceFields', jsonb_build_object('from', v.before, 'to', v.after))
    FROM jsonb_to_recordset(${rows}::jsonb) AS v(id uuid, before jsonb, after jsonb)`);
}
