// A new party organization (kind, region, what it covers), or an edit of one: name, secretary, members, coverage.
import type { PartyOrganizationDetail } from '@linli/shared';
import { App, DatePicker, Form, Input, InputNumber, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../../app/auth.js';
import { isVersionConflict, showFieldErrors } from '../../app/form-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { CoveredOrganizationsSelect } from './CoveredOrganizationsSelect.js';
import { usePartyLabels } from './labels.js';
import { useSavePartyOrganization } from './queries.js';

interface Values {
  name: string;
  kind: 'own_branch' | 'joint_branch';
  regionCode: string;
  establishedOn?: Dayjs | null;
  secretaryName?: string;
  memberCount: number;
  organizationIds: string[];
}

export function PartyOrganizationFormModal({ party, onClose }: { party?: PartyOrganizationDetail; onClose: () => void }) {
  const labels = usePartyLabels();
  const { t } = labels;
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSavePartyOrganization(party?.id);
  const [error, setError] = useState<unknown>(null);
  const region = Form.useWatch('regionCode', form) ?? party?.regionCode;
  const kind = Form.useWatch('kind', form) ?? party?.kind;

  const submit = async (values: Values) => {
    setError(null);
    const fields = {
      name: values.name,
      establishedOn: values.establishedOn ? values.establishedOn.format('YYYY-MM-DD') : null,
      secretaryName: values.secretaryName ?? '',
      memberCount: values.memberCount,
      organizationIds: values.organizationIds,
    };
    try {
      const saved = await save.mutateAsync(
        party ? { ...fields, version: party.version } : { ...fields, kind: values.kind, regionCode: values.regionCode },
      );
      message.success(party ? t('party.saved') : t('party.created'));
      onClose();
      if (!party) navigate(`/party/organizations/${saved.id}`);
    } catch (caught) {
      if (isVersionConflict(caught)) {
        message.warning(t('party.conflict'));
        onClose();
        return;
      }
      setError(showFieldErrors(form, caught));
    }
  };

  return (
    <Modal
      open
      title={party ? t('party.edit') : t('party.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          party
            ? {
                name: party.name,
                establishedOn: party.establishedOn ? dayjs(party.establishedOn) : null,
                secretaryName: party.secretaryName,
                memberCount: party.memberCount,
                organizationIds: party.organizations.map((o) => o.id),
              }
            : { kind: 'joint_branch', regionCode: me.regionCode ?? undefined, memberCount: 3, organizationIds: [] }
        }
      >
        <Form.Item name="name" label={t('party.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        {!party && (
          <>
            <Form.Item name="kind" label={t('party.kind')} extra={t('party.kindHint')} rules={[{ required: true }]}>
              <Radio.Group options={labels.kindOptions} optionType="button" onChange={() => form.setFieldValue('organizationIds', [])} />
            </Form.Item>
            <Form.Item name="regionCode" label={t('party.region')} rules={[{ required: true }]}>
              <RegionPicker minLevel={2} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="organizationIds"
          label={t('party.covered')}
          extra={t('party.coveredHint')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <CoveredOrganizationsSelect region={region} single={kind === 'own_branch'} known={party?.organizations} />
        </Form.Item>
        <Form.Item name="establishedOn" label={t('party.establishedOn')}>
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="secretaryName" label={t('party.secretary')} rules={[{ max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="memberCount" label={t('party.memberCount')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100000} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
