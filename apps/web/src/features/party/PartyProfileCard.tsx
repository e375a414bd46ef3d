// The party-building card of an organization's page: which party organization covers it, whether its leader is a
// party member, its party members. Offices change all of it; the organization's leader the member figures only.
import type { PartyProfile } from '@linli/shared';
import { App, Button, Card, Descriptions, Form, InputNumber, Modal, Select, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCan } from '../../app/auth.js';
import { formatDateTime } from '../../app/format.js';
import { showFieldErrors } from '../../app/form-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { kindColors, usePartyLabels } from './labels.js';
import { usePartyOrganizations, usePartyProfile, useSaveProfile } from './queries.js';

interface Values {
  partyOrganizationId?: string | null;
  leaderIsPartyMember: boolean;
  partyMemberCount: number;
}

function ProfileForm({ profile, regionCode, onClose }: { profile: PartyProfile; regionCode: string; onClose: () => void }) {
  const { t } = usePartyLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveProfile(profile.organizationId);
  const [error, setError] = useState<unknown>(null);
  const choices = usePartyOrganizations({ forRegion: regionCode, status: 'active', pageSize: '200' }, profile.abilities.changeCoverage);
  const options = new Map((choices.data?.items ?? []).map((p) => [p.id, p.name]));
  if (profile.partyOrganization) options.set(profile.partyOrganization.id, profile.partyOrganization.name);

  const submit = async (values: Values) => {
    setError(null);
    try {
      const body = profile.abilities.changeCoverage
        ? { ...values, partyOrganizationId: values.partyOrganizationId ?? null }
        : { leaderIsPartyMember: values.leaderIsPartyMember, partyMemberCount: values.partyMemberCount };
      await save.mutateAsync(body);
      message.success(t('profile.saved'));
      onClose();
    } catch (caught) {
      setError(showFieldErrors(form, caught));
    }
  };

  return (
    <Modal open title={t('profile.edit')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          partyOrganizationId: profile.partyOrganization?.id ?? null,
          leaderIsPartyMember: profile.leaderIsPartyMember,
          partyMemberCount: profile.partyMemberCount,
        }}
      >
        <Form.Item
          name="partyOrganizationId"
          label={t('profile.coveredBy')}
          extra={profile.abilities.changeCoverage ? t('profile.choose') : t('profile.coverageLocked')}
        >
          <Select
            allowClear
            disabled={!profile.abilities.changeCoverage}
            loading={choices.isLoading}
            options={[...options].map(([value, label]) => ({ value, label }))}
            placeholder={t('profile.none')}
          />
        </Form.Item>
        <Form.Item name="leaderIsPartyMember" label={t('profile.leaderIsPartyMember')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="partyMemberCount" label={t('profile.partyMemberCount')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function PartyProfileCard({ organizationId, regionCode }: { organizationId: string; regionCode: string }) {
  const labels = usePartyLabels();
  const { t } = labels;
  const canRead = useCan('party:read');
  const profile = usePartyProfile(organizationId);
  const [editing, setEditing] = useState(false);
  if (!canRead) return null;
  const p = profile.data;
  return (
    <Card
      title={t('profile.title')}
      loading={profile.isLoading}
      extra={p?.abilities.update && <Button onClick={() => setEditing(true)}>{t('profile.edit')}</Button>}
    >
      <ErrorAlert error={profile.error} />
      {p && (
        <>
          <Descriptions
            column={{ xs: 1, md: 3 }}
            items={[
              {
                key: 'coveredBy',
                label: t('profile.coveredBy'),
                children: p.partyOrganization ? (
                  <>
                    <Link to={`/party/organizations/${p.partyOrganization.id}`}>{p.partyOrganization.name}</Link>{' '}
                    <Tag color={kindColors[p.partyOrganization.kind]}>{labels.kind(p.partyOrganization.kind)}</Tag>
                  </>
                ) : (
                  <Typography.Text type="secondary">{t('profile.none')}</Typography.Text>
                ),
              },
              {
                key: 'leader',
                label: t('profile.leaderIsPartyMember'),
                children: p.leaderIsPartyMember ? t('profile.yes') : t('profile.no'),
              },
              { key: 'members', label: t('profile.partyMemberCount'), children: p.partyMemberCount },
            ]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {p.updatedAt ? t('profile.updatedAt', { time: formatDateTime(p.updatedAt) }) : t('profile.never')}
          </Typography.Text>
        </>
      )}
      {editing && p && <ProfileForm profile={p} regionCode={regionCode} onClose={() => setEditing(false)} />}
    </Card>
  );
}
