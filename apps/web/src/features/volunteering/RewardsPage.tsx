// /volunteering/rewards — the catalogue of the street and its hubs: volunteers redeem their points for items,
// street officers and hub leaders keep the items they provide.
import { GiftOutlined } from '@ant-design/icons';
import type { Reward } from '@linli/shared';
import { App, Button, Card, Col, Empty, Flex, Pagination, Popconfirm, Row, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api.js';
import { useCan } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RewardStatusTag } from './needs-labels.js';
import { useMyVolunteer, useRedeem, useRewards, useSaveReward } from './queries.js';
import { RewardFormModal } from './RewardFormModal.js';

function RewardCard({ reward, balance, onEdit }: { reward: Reward; balance: number | null; onEdit: () => void }) {
  const { t } = useTranslation('volunteering');
  const { message, notification } = App.useApp();
  const redeem = useRedeem();
  const save = useSaveReward(reward.id);
  const affordable = balance !== null && balance >= reward.pointsCost;
  const fail = (error: unknown) =>
    notification.error({
      title: error instanceof ApiError ? error.title : String(error),
      description: error instanceof ApiError ? error.detail : undefined,
    });
  const actions = [
    reward.abilities.redeem && (
      <Popconfirm
        key="redeem"
        title={t('rewards.redeemConfirm', { name: reward.name, cost: reward.pointsCost })}
        disabled={!affordable}
        onConfirm={() =>
          redeem.mutate(reward.id, {
            onSuccess: (result) => void message.success(t('rewards.redeemed', { balance: result.pointsBalance })),
            onError: fail,
          })
        }
      >
        <Button type="primary" size="small" disabled={!affordable} loading={redeem.isPending}>
          {t('rewards.redeem')}
        </Button>
      </Popconfirm>
    ),
    reward.abilities.update && (
      <Button key="edit" size="small" onClick={onEdit}>
        {t('rewards.edit')}
      </Button>
    ),
    reward.abilities.update && (
      <Button
        key="status"
        size="small"
        danger={reward.status === 'active'}
        loading={save.isPending}
        onClick={() =>
          save.mutate({ status: reward.status === 'active' ? 'withdrawn' : 'active', version: reward.version }, { onError: fail })
        }
      >
        {reward.status === 'active' ? t('rewards.withdraw') : t('rewards.restore')}
      </Button>
    ),
  ].filter(Boolean);
  return (
    <Card
      size="small"
      title={
        <Space>
          <GiftOutlined />
          {reward.name}
        </Space>
      }
      extra={reward.status !== 'active' && <RewardStatusTag status={reward.status} />}
      actions={actions.length ? [<Space key="actions">{actions}</Space>] : undefined}
      style={{ height: '100%' }}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ minHeight: 44 }}>
        {reward.description || '—'}
      </Typography.Paragraph>
      <Flex justify="space-between" align="baseline">
        <Typography.Text strong style={{ fontSize: 20, color: '#d46b08' }}>
          {t('unit.points', { value: reward.pointsCost })}
        </Typography.Text>
        {reward.stock > 0 ? (
          <span>
            {t('field.stock')}：{reward.stock}
          </span>
        ) : (
          <Tag>{t('rewards.outOfStock')}</Tag>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('field.provider')}：{reward.providerName}
      </Typography.Text>
    </Card>
  );
}

const PAGE_SIZE = 24;

export function RewardsPage() {
  const { t } = useTranslation('volunteering');
  const canManage = useCan('rewards:manage');
  const canVolunteer = useCan('volunteers:self');
  const [page, setPage] = useState(1);
  const rewards = useRewards({ page: String(page), pageSize: String(PAGE_SIZE), status: canManage ? 'active,withdrawn' : undefined });
  const volunteer = useMyVolunteer(canVolunteer);
  const [editing, setEditing] = useState<Reward | undefined>();
  const [creating, setCreating] = useState(false);
  const balance = volunteer.data?.pointsBalance ?? null;

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }} wrap gap={8}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {balance !== null && t('rewards.balance', { points: balance })}
        </Typography.Text>
        {canManage && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('rewards.new')}
          </Button>
        )}
      </Flex>
      <ErrorAlert error={rewards.error ?? volunteer.error} />
      {rewards.isLoading ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      ) : rewards.data?.items.length ? (
        <Row gutter={[16, 16]}>
          {rewards.data.items.map((reward) => (
            <Col key={reward.id} xs={24} sm={12} lg={8} xl={6}>
              <RewardCard reward={reward} balance={balance} onEdit={() => setEditing(reward)} />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty description={t('rewards.empty')} />
      )}
      {(rewards.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          current={page}
          pageSize={PAGE_SIZE}
          total={rewards.data!.total}
          onChange={setPage}
          style={{ marginTop: 16, textAlign: 'right' }}
        />
      )}
      <RewardFormModal open={creating} onClose={() => setCreating(false)} />
      <RewardFormModal reward={editing} open={Boolean(editing)} onClose={() => setEditing(undefined)} />
    </>
  );
}
