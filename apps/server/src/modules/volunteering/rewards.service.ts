// The rewards catalogue (服务积分兑换, tianjin-2018 四（三）) kept by street offices and hub organizations, and
// volunteers' redemptions: stock and balance each change in one conditional statement, in one transaction.
import type { CreateRewardBody, UpdateRewardBody } from '@linli/shared';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import * as repository from './rewards.repository.js';
import type { RewardFilter, RewardRecord } from './rewards.repository.js';
import * as volunteers from './volunteers.repository.js';
import { requireOwnVolunteer } from './volunteers.service.js';

export interface RewardListQuery extends Omit<RewardFilter, 'limit' | 'offset'> {
  page: number;
  pageSize: number;
}

export async function listRewards(services: Services, scope: Scope, query: RewardListQuery) {
  const { page, pageSize, ...filter } = query;
  return repository.listRewards(scope, services.database.db, { ...filter, limit: pageSize, offset: (page - 1) * pageSize });
}

export async function findVisibleReward(services: Services, scope: Scope, id: string): Promise<RewardRecord> {
  const reward = await repository.findReward(scope, services.database.db, id);
  if (!reward) throw new AppError('not_found');
  return reward;
}

/** A street officer's entry belongs to their street; a hub leader's to their hub (and the hub's region). */
async function catalogueOwner(services: Services, scope: Scope, providerOrganizationId: string | undefined) {
  if (scope.role === 'street_officer') {
    if (providerOrganizationId) throw new AppError('validation_failed', {}, [{ path: 'providerOrganizationId', message: 'not_your_hub' }]);
    return { regionCode: scope.regionPrefix!, providerOrganizationId: null };
  }
  const hub = providerOrganizationId ? await repository.findLedHub(scope, services.database.db, providerOrganizationId) : undefined;
  if (!hub) throw new AppError('validation_failed', {}, [{ path: 'providerOrganizationId', message: 'not_your_hub' }]);
  return { regionCode: hub.regionCode, providerOrganizationId: hub.id };
}

export async function createReward(services: Services, scope: Scope, actor: AuditActor, body: CreateRewardBody): Promise<string> {
  const owner = await catalogueOwner(services, scope, body.providerOrganizationId);
  return services.database.transaction(async (tx) => {
    const row = await repository.insertReward(tx, {
      ...owner,
      name: body.name,
      description: body.description,
      pointsCost: body.pointsCost,
      stock: body.stock,
      createdBy: scope.userId,
    });
    await recordAudit(tx, actor, {
      action: 'reward.created',
      targetType: 'reward',
      targetId: row.id,
      regionCode: row.regionCode,
      after: { ...owner, name: row.name, pointsCost: row.pointsCost, stock: row.stock },
    });
    return row.id;
  });
}

export async function updateReward(services: Services, scope: Scope, actor: AuditActor, id: string, body: UpdateRewardBody): Promise<void> {
  const reward = await findVisibleReward(services, scope, id);
  if (!reward.managed) throw new AppError('forbidden');
  const { version, ...changes } = body;
  await services.database.transaction(async (tx) => {
    const moved = await repository.updateReward(tx, id, version, changes);
    if (!moved) throw new AppError('version_conflict');
    await recordAudit(tx, actor, {
      action: 'reward.updated',
      targetType: 'reward',
      targetId: id,
      regionCode: reward.regionCode,
      before: { name: reward.name, pointsCost: reward.pointsCost, stock: reward.stock, status: reward.status, version: reward.version },
      after: { ...changes, version: moved.version },
    });
  });
}

/**
 * A volunteer redeems one item: in one transaction the stock drops by one only if there is one, and the balance
 * by the cost only if it covers it (each a single conditional UPDATE, so concurrent redemptions queue on the
 * rows and re-check); either refusal rolls everything back.
 */
export async function redeem(services: Services, scope: Scope, actor: AuditActor, rewardId: string) {
  await findVisibleReward(services, scope, rewardId);
  const volunteer = await requireOwnVolunteer(services, scope);
  return services.database.transaction(async (tx) => {
    const taken = await repository.takeOneFromStock(tx, rewardId);
    if (!taken) throw new AppError((await repository.rewardStatus(tx, rewardId)) === 'withdrawn' ? 'reward_withdrawn' : 'out_of_stock');
    const debited = await volunteers.debitVolunteer(tx, volunteer.id, taken.pointsCost);
    if (!debited) {
      const current = await volunteers.findVolunteerById(tx, volunteer.id);
      throw new AppError('insufficient_points', { cost: taken.pointsCost, balance: current!.pointsBalance });
    }
    const redemption = await repository.insertRedemption(tx, { rewardId, volunteerId: volunteer.id, points: taken.pointsCost });
    await recordAudit(tx, actor, {
      action: 'reward.redeemed',
      targetType: 'reward',
      targetId: rewardId,
      regionCode: taken.regionCode,
      after: {
        redemptionId: redemption.id,
        volunteerId: volunteer.id,
        points: taken.pointsCost,
        stock: taken.stock,
        pointsBalance: debited.pointsBalance,
      },
    });
    return {
      redemption: { id: redemption.id, rewardId, rewardName: taken.name, points: redemption.points, createdAt: redemption.createdAt },
      pointsBalance: debited.pointsBalance,
      stock: taken.stock,
    };
  });
}

export async function listOwnRedemptions(services: Services, scope: Scope, page: number, pageSize: number) {
  const volunteer = await requireOwnVolunteer(services, scope);
  return repository.listRedemptions(services.database.db, volunteer.id, pageSize, (page - 1) * pageSize);
}
