// Adding an item to the catalogue, or changing its cost, stock, name or description (with the version read).
import type { Reward } from '@linli/shared';
import { Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { OrganizationSelect } from '../activities/OrganizationSelect.js';
import { useServerErrors } from '../filings/use-server-errors.js';
import { useSaveReward } from './queries.js';

interface Values {
  name: string;
  description: string;
  pointsCost: number;
  stock: number;
  providerOrganizationId?: string;
}

export function RewardFormModal({ reward, open, onClose }: { reward?: Reward; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('volunteering');
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const save = useSaveReward(reward?.id);
  const { alertError, run } = useServerErrors(form);
  const required = { required: true, message: t('form.required') };
  // a hub leader's items come from their hub; a street officer's from the street office
  const asHub = !reward && me.role === 'org_leader';

  const submit = (values: Values) =>
    run(async () => {
      const fields = {
        name: values.name.trim(),
        description: values.description.trim(),
        pointsCost: values.pointsCost,
        stock: values.stock,
      };
      await save.mutateAsync(
        reward ? { ...fields, version: reward.version } : { ...fields, providerOrganizationId: values.providerOrganizationId },
      );
      onClose();
    });

  return (
    <Modal
      open={open}
      title={reward ? `${t('rewards.edit')}：${reward.name}` : t('rewards.new')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okText={t('action.save')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <ErrorAlert error={alertError} hideFieldErrors />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          reward
            ? { name: reward.name, description: reward.description, pointsCost: reward.pointsCost, stock: reward.stock }
            : { name: '', description: '', pointsCost: 50, stock: 10 }
        }
        onFinish={submit}
      >
        {asHub && (
          <Form.Item name="providerOrganizationId" label={t('rewards.hub')} extra={t('rewards.providerHint')} rules={[required]}>
            <OrganizationSelect activeOnly />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('field.reward')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('field.rewardDescription')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="pointsCost" label={t('field.cost')} rules={[required]}>
          <InputNumber min={1} max={1_000_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="stock" label={t('field.stock')} rules={[required]}>
          <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
