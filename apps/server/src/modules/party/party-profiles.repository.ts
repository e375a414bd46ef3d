// An organization's party-building data (organization_party_profiles): which party organization covers it, whether
// its leader is a party member, how many party members it has. Callers check the organization's scope first.
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { organizationPartyProfiles, organizations, partyOrganizations } from '../../db/schema.js';
import { regionUnder, type Scope } from '../../platform/scope.js';

export type ProfileRow = typeof organizationPartyProfiles.$inferSelect;

export async function findProfile(db: Db, organizationId: string) {
  const [row] = await db
    .select({
      profile: organizationPartyProfiles,
      partyOrganization: { id: partyOrganizations.id, name: partyOrganizations.name, kind: partyOrganizations.kind },
    })
    .from(organizationPartyProfiles)
    .leftJoin(partyOrganizations, eq(partyOrganizations.id, organizationPartyProfiles.partyOrganizationId))
    .where(eq(organizationPartyProfiles.organizationId, organizationId));
  return row;
}

/** Locks the organization's profile row (when it has one) for a read-modify-write. */
export async function lockProfile(tx: Db, organizationId: string): Promise<ProfileRow | undefined> {
  const [row] = await tx
    .select()
    .from(organizationPartyProfiles)
    .where(eq(organizationPartyProfiles.organizationId, organizationId))
    .for('update');
  return row;
}

export async function saveProfile(tx: Db, values: typeof organizationPartyProfiles.$inferInsert): Promise<ProfileRow> {
  const { organizationId: _key, ...changes } = values;
  const [row] = await tx
    .insert(organizationPartyProfiles)
    .values(values)
    .onConflictDoUpdate({ target: organizationPartyProfiles.organizationId, set: { ...changes, updatedAt: new Date() } })
    .returning();
  return row!;
}

/** Which party organization covers each of these organizations now (organizations without a profile are left out). */
export async function currentCoverage(tx: Db, organizationIds: string[]): Promise<Map<string, string | null>> {
  if (organizationIds.length === 0) return new Map();
  const rows = await tx
    .select({
      organizationId: organizationPartyProfiles.organizationId,
      partyOrganizationId: organizationPartyProfiles.partyOrganizationId,
    })
    .from(organizationPartyProfiles)
    .where(inArray(organizationPartyProfiles.organizationId, organizationIds));
  return new Map(rows.map((r) => [r.organizationId, r.partyOrganizationId]));
}

/** The organizations a party organization covers now. */
export async function coveredIds(tx: Db, partyOrganizationId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: organizationPartyProfiles.organizationId })
    .from(organizationPartyProfiles)
    .where(eq(organizationPartyProfiles.partyOrganizationId, partyOrganizationId));
  return rows.map((r) => r.id);
}

/** Points these organizations' profiles at the party organization (creating profiles where there are none). */
export async function cover(tx: Db, organizationIds: string[], partyOrganizationId: string, userId: string) {
  if (organizationIds.length === 0) return;
  await tx
    .insert(organizationPartyProfiles)
    .values(organizationIds.map((organizationId) => ({ organizationId, partyOrganizationId, updatedBy: userId })))
    .onConflictDoUpdate({
      target: organizationPartyProfiles.organizationId,
      set: { partyOrganizationId, updatedBy: userId, updatedAt: new Date() },
    });
}

/** Ends the party organization's coverage of these organizations (all of them when `organizationIds` is left out). */
export async function uncover(tx: Db, partyOrganizationId: string, userId: string, organizationIds?: string[]) {
  await tx
    .update(organizationPartyProfiles)
    .set({ partyOrganizationId: null, updatedBy: userId, updatedAt: new Date() })
    .where(
      and(
        eq(organizationPartyProfiles.partyOrganizationId, partyOrganizationId),
        organizationIds
          ? inArray(organizationPartyProfiles.organizationId, organizationIds)
          : isNotNull(organizationPartyProfiles.organizationId),
      ),
    );
}

/** Of these organizations, the ones in an office's region subtree, with their region. */
export async function organizationsInScope(scope: Scope, db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: organizations.id, name: organizations.name, regionCode: organizations.regionCode })
    .from(organizations)
    .where(and(inArray(organizations.id, ids), regionUnder(organizations.regionCode, scope.regionPrefix)));
}

/**
 * Locks the organizations (in id order, so two writers cannot deadlock) until the transaction ends: two party
 * organizations claiming the same organization at once apply one after the other, and the second sees the first.
 */
export async function lockOrganizations(tx: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(inArray(organizations.id, ids))
    .orderBy(organizations.id)
    .for('update');
}
