// Writes the generated organizations through the organizations module, so each gets its history entry and
// audit event like one an officer records; a status other than active is a second, audited change.
import type { Services } from '../../platform/context.js';
import { nextFilingNumber } from '../filings/filings.service.js';
import { changeOrganizationInTx, insertOrganizationInTx } from '../organizations/organizations.service.js';
import { DEMO_COMMUNITY } from './accounts.js';
import { seedActor, type DemoUsers } from './demo-accounts.service.js';
import type { DemoOrganization } from './organization-generator.js';

const BATCH = 50;

export interface PlacedOrganization extends DemoOrganization {
  leaderUserId: string | null;
}

/** The demo leader leads the first team of the demo community (and it is active). */
export function withDemoLeader(generated: DemoOrganization[], users: DemoUsers): PlacedOrganization[] {
  const leader = users['demo-leader'];
  const index = leader ? generated.findIndex((o) => o.regionCode === DEMO_COMMUNITY && o.tier === 'team') : -1;
  return generated.map((o, i) =>
    i === index ? { ...o, status: 'active', leaderName: leader!.displayName, leaderUserId: leader!.id } : { ...o, leaderUserId: null },
  );
}

export async function createDemoOrganizations(
  services: Services,
  organizations: PlacedOrganization[],
  onProgress?: (done: number) => void,
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < organizations.length; start += BATCH) {
    await services.database.transaction(async (tx) => {
      for (const { status, ...input } of organizations.slice(start, start + BATCH)) {
        // Teams were filed with their street in the year they were founded (shanghai-2021 三（二）).
        const filingNumber = input.tier === 'team' ? await nextFilingNumber(tx, input.regionCode, new Date(input.foundedOn)) : null;
        const created = await insertOrganizationInTx(tx, services, seedActor, { ...input, filingNumber }, 'create');
        if (status !== 'active')
          await changeOrganizationInTx(tx, services, seedActor, created.id, { status }, status === 'cancelled' ? 'cancelled' : 'update');
        ids.push(created.id);
      }
    });
    onProgress?.(ids.length);
  }
  return ids;
}
