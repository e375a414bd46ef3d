// /policies/bindings?region=<code> — which packs a region adopts (policies:bind). The system administrator may also
// bind for the whole country (region ''); a civil affairs bureau within its own region.
import { Alert, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useMe } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { useIndicatorLabels } from '../dashboard/labels.js';
import { BindingEditor } from './BindingEditor.js';
import { useBinding, usePolicies } from './queries.js';

export function BindingsPage() {
  const { t } = useTranslation('policies');
  const labels = useIndicatorLabels();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const national = me.regionCode === null;
  const region = params.has('region') ? (params.get('region') ?? '') : (me.regionCode ?? '');
  const binding = useBinding(region);
  const policies = usePolicies();
  const [conflict, setConflict] = useState(false);
  const choose = (code: string) => {
    setConflict(false);
    setParams({ region: code }, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('binding.title')}
        subTitle={t('binding.subTitle')}
        breadcrumbs={[{ title: <Link to="/policies">{t('title')}</Link> }, { title: t('binding.title') }]}
      />
      <Card>
        <Flex align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          <Typography.Text strong>{t('binding.region')}</Typography.Text>
          {national && (
            <Button type={region === '' ? 'primary' : 'default'} onClick={() => choose('')}>
              {t('binding.chooseCountry')}
            </Button>
          )}
          <RegionPicker
            style={{ width: 320 }}
            allowClear={false}
            value={region || undefined}
            placeholder={t('binding.chooseRegion')}
            onChange={(code) => code && choose(code)}
          />
          {binding.data && binding.data.region.code !== '' && (
            <Typography.Text type="secondary">
              {labels.regionName(binding.data.region)}
              {binding.data.region.level ? ` · ${labels.level(binding.data.region.level)}` : ''}
            </Typography.Text>
          )}
        </Flex>
        {conflict && <Alert type="warning" showIcon title={t('binding.conflict')} style={{ marginBottom: 16 }} />}
        <ErrorAlert error={binding.error ?? policies.error} />
        {(binding.isLoading || policies.isLoading) && <Skeleton active paragraph={{ rows: 6 }} />}
        {binding.data && policies.data && (
          <BindingEditor
            key={`${binding.data.region.code}:${binding.data.version}`}
            binding={binding.data}
            packs={policies.data}
            onConflict={() => {
              setConflict(true);
              void binding.refetch();
            }}
            onSaved={() => setConflict(false)}
          />
        )}
      </Card>
    </>
  );
}
