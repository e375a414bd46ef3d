// The packs of one region: every pack with a checkbox for binding it here, and the ones inherited from above.
// Saving sends the version read; a concurrent change (409) reloads and says so.
import type { PolicyBinding, PolicySummary } from '@linli/shared';
import { App, Button, Checkbox, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { useCan } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useIndicatorLabels } from '../dashboard/labels.js';
import { dashboardLink } from '../dashboard/links.js';
import { useSaveBinding } from './queries.js';

interface Props {
  binding: PolicyBinding;
  packs: PolicySummary[];
  /** Someone else changed the binding meanwhile: reload it and say so (kept by the page: a reload remounts the editor). */
  onConflict: () => void;
  onSaved: () => void;
}

export function BindingEditor({ binding, packs, onConflict, onSaved }: Props) {
  const { t } = useTranslation('policies');
  const labels = useIndicatorLabels();
  const { message } = App.useApp();
  const canReadStats = useCan('stats:read');
  const [own, setOwn] = useState<string[]>(binding.own);
  const save = useSaveBinding(binding.region.code);
  const changed = own.length !== binding.own.length || own.some((id) => !binding.own.includes(id));
  const inheritedFrom = (id: string) => binding.inherited.filter((entry) => entry.policy === id);
  const adopted = new Set([...own, ...binding.inherited.map((entry) => entry.policy)]);

  const toggle = (id: string, checked: boolean) =>
    setOwn((current) => (checked ? [...current, id] : current.filter((value) => value !== id)));

  const onSave = () => {
    // keep the list's order so the dashboard tabs read the same everywhere
    const policies = packs.map((pack) => pack.id).filter((id) => own.includes(id));
    save.mutate(
      { policies, version: binding.version },
      {
        onSuccess: () => {
          onSaved();
          void message.success(t('binding.saved'));
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) onConflict();
        },
      },
    );
  };

  const columns: TableColumnsType<PolicySummary> = [
    {
      title: t('binding.pack'),
      dataIndex: 'title',
      render: (_: unknown, pack) => (
        <>
          <Link to={`/policies/${pack.id}`}>{labels.text(pack.title)}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {pack.documentNumber} · {labels.text(pack.issuer)}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('binding.own'),
      key: 'own',
      width: 120,
      align: 'center',
      render: (_: unknown, pack) => (
        <Checkbox
          aria-label={`${t('binding.own')}: ${labels.text(pack.title)}`}
          checked={own.includes(pack.id)}
          onChange={(event) => toggle(pack.id, event.target.checked)}
        />
      ),
    },
    {
      title: t('binding.state'),
      key: 'state',
      width: 260,
      render: (_: unknown, pack) => (
        <Space size={4} wrap>
          {own.includes(pack.id) && <Tag color="blue">{t('binding.own')}</Tag>}
          {inheritedFrom(pack.id).map((entry) => (
            <Tag key={entry.boundAt.code} color="green">
              {t('binding.inherited', { region: labels.regionName(entry.boundAt) })}
            </Tag>
          ))}
          {!adopted.has(pack.id) && <Typography.Text type="secondary">{t('binding.notBound')}</Typography.Text>}
        </Space>
      ),
    },
  ];

  const ownCount = own.length;
  const inheritedCount = new Set(binding.inherited.map((entry) => entry.policy)).size;
  return (
    <>
      <ErrorAlert error={save.error instanceof ApiError && save.error.status === 409 ? null : save.error} />
      <Table<PolicySummary> rowKey="id" columns={columns} dataSource={packs} pagination={false} scroll={{ x: 720 }} />
      <Flex justify="space-between" align="center" wrap gap={16} style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">
          {t('binding.summary', { count: adopted.size, own: ownCount, inherited: inheritedCount })}
        </Typography.Text>
        <Space>
          {canReadStats && <Link to={dashboardLink(binding.region.code)}>{t('binding.openDashboard')}</Link>}
          <Button type="primary" onClick={onSave} loading={save.isPending} disabled={!changed}>
            {t('binding.save')}
          </Button>
        </Space>
      </Flex>
    </>
  );
}
