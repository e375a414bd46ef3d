// /policies/retagging?region=<code> — bulk re-tagging of service fields (shanghai-2021 四（三）: re-classify stock
// organizations to the ministry's latest caliber). Preview first; apply sends the count the preview showed, so a
// change in between answers 409 and asks for a new preview.
import type { RetaggingBody, RetaggingPreview } from '@linli/shared';
import { Alert, App, Button, Card, Flex, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, toQueryString } from '../../app/api.js';
import { useMe } from '../../app/auth.js';
import { formatNumber } from '../../app/format.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { MovesEditor, movesProblem, newMove, type MoveDraft } from './MovesEditor.js';
import { useApplyRetagging, useBinding, usePolicyPacks, usePreviewRetagging } from './queries.js';
import { RetaggingPreviewView } from './RetaggingPreviewView.js';

export function RetaggingPage() {
  const { t } = useTranslation('policies');
  const { modal, message } = App.useApp();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') || me.regionCode || '';
  const [moves, setMoves] = useState<MoveDraft[]>(() => [newMove()]);
  const [previewed, setPreviewed] = useState<{ body: string; result: RetaggingPreview } | null>(null);
  const [conflict, setConflict] = useState(false);

  const binding = useBinding(region || undefined);
  const packIds = useMemo(
    () => [...new Set([...(binding.data?.inherited.map((entry) => entry.policy) ?? []), ...(binding.data?.own ?? [])])],
    [binding.data],
  );
  const packs = usePolicyPacks(packIds)
    .map((query) => query.data)
    .filter((pack) => pack !== undefined);
  const preview = usePreviewRetagging();
  const apply = useApplyRetagging();

  const problem = movesProblem(moves);
  const body: RetaggingBody | null = problem || !region ? null : { region, moves: moves.map((m) => ({ from: m.from!, to: m.to })) };
  const bodyKey = body ? JSON.stringify(body) : '';
  const current = previewed && previewed.body === bodyKey ? previewed.result : null;
  const stale = previewed !== null && previewed.body !== bodyKey;

  const runPreview = () => {
    if (!body) return;
    setConflict(false);
    preview.mutate(body, { onSuccess: (result) => setPreviewed({ body: bodyKey, result }) });
  };

  const runApply = () => {
    if (!body || !current) return;
    modal.confirm({
      title: t('retag.apply'),
      content: t('retag.applyConfirm', { count: current.organizations }),
      okButtonProps: { danger: true },
      onOk: () =>
        apply
          .mutateAsync({ ...body, expectedOrganizations: current.organizations })
          .then((result) => {
            setPreviewed(null);
            void message.success(t('retag.applied', { count: result.organizations }));
          })
          .catch((error: unknown) => {
            if (error instanceof ApiError && error.status === 409) {
              setConflict(true);
              setPreviewed(null);
            }
          }),
    });
  };

  const affectedLink = `/organizations${toQueryString({ region, serviceField: moves.map((m) => m.from).filter(Boolean) })}`;
  const applyError = apply.error instanceof ApiError && apply.error.status === 409 ? null : apply.error;

  return (
    <>
      <PageHeader
        title={t('retag.title')}
        subTitle={t('retag.subTitle')}
        breadcrumbs={[{ title: <Link to="/policies">{t('title')}</Link> }, { title: t('retag.title') }]}
      />
      <Card style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Flex align="center" gap={12} wrap>
            <Typography.Text strong>{t('retag.region')}</Typography.Text>
            <RegionPicker
              style={{ width: 320 }}
              allowClear={false}
              value={region || undefined}
              onChange={(code) => code && setParams({ region: code }, { replace: true })}
            />
          </Flex>
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {t('retag.moves')}
            </Typography.Title>
            <MovesEditor moves={moves} onChange={setMoves} packs={packs} />
          </div>
          {problem && moves.some((m) => m.from || m.to.length > 0) && <Typography.Text type="warning">{t(problem)}</Typography.Text>}
          <Space>
            <Button onClick={runPreview} disabled={!body} loading={preview.isPending}>
              {t('retag.preview')}
            </Button>
            <Button type="primary" danger onClick={runApply} disabled={!current || current.organizations === 0} loading={apply.isPending}>
              {t('retag.apply')}
            </Button>
          </Space>
        </Space>
      </Card>
      {conflict && <Alert type="warning" showIcon title={t('retag.conflict')} style={{ marginBottom: 16 }} />}
      {stale && <Alert type="info" showIcon title={t('retag.stale')} style={{ marginBottom: 16 }} />}
      <ErrorAlert error={preview.error ?? applyError ?? binding.error} />
      {current && (
        <Card
          title={t('retag.affected', { number: formatNumber(current.organizations) })}
          extra={current.organizations > 0 && <Link to={affectedLink}>{t('retag.viewAffected')}</Link>}
        >
          {current.organizations === 0 ? (
            <Typography.Text type="secondary">{t('retag.noneAffected')}</Typography.Text>
          ) : (
            <RetaggingPreviewView preview={current} />
          )}
        </Card>
      )}
    </>
  );
}
