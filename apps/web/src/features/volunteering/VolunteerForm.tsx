// Registering as a volunteer, and changing the registration later: community, skills, availability, phone.
import type { Volunteer } from '@linli/shared';
import { Alert, App, Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { useServerErrors } from '../filings/use-server-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useSaveVolunteer } from './queries.js';

interface Values {
  regionCode?: string;
  skills: string[];
  availability: string;
  phone?: string;
}

const COMMUNITY_CODE_LENGTH = 12;

export function VolunteerForm({ volunteer, onDone }: { volunteer: Volunteer | null; onDone?: () => void }) {
  const { t } = useTranslation('volunteering');
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const save = useSaveVolunteer(Boolean(volunteer));
  const { alertError, run } = useServerErrors(form);
  const ownCommunity = me.regionCode?.length === COMMUNITY_CODE_LENGTH ? me.regionCode : undefined;
  const initial: Values = volunteer
    ? { regionCode: volunteer.regionCode, skills: volunteer.skills, availability: volunteer.availability }
    : { regionCode: ownCommunity, skills: [], availability: '' };

  const submit = (values: Values) =>
    run(async () => {
      const phone = values.phone?.trim();
      // the masked phone is not shown back: an empty field on edit keeps the stored number
      await save.mutateAsync({
        regionCode: values.regionCode,
        skills: values.skills,
        availability: values.availability.trim(),
        ...(phone ? { phone } : {}),
      });
      void message.success(volunteer ? t('profile.saved') : t('register.done'));
      onDone?.();
    });

  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={submit} style={{ maxWidth: 560 }}>
      <ErrorAlert error={alertError} hideFieldErrors />
      {!volunteer && <Alert type="info" showIcon title={t('register.intro')} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="regionCode"
        label={t('field.community')}
        extra={t('register.communityHint')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <RegionPicker minLevel={5} maxLevel={5} />
      </Form.Item>
      <Form.Item name="skills" label={t('field.skills')} extra={t('register.skillsHint')}>
        <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} maxCount={20} />
      </Form.Item>
      <Form.Item name="availability" label={t('field.availability')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('field.phone')}
        extra={volunteer?.phone ? `${volunteer.phone} · ${t('register.phoneHint')}` : t('register.phoneHint')}
      >
        <Input maxLength={20} inputMode="tel" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {volunteer ? t('action.save') : t('register.submit')}
        </Button>
        {onDone && volunteer && <Button onClick={onDone}>{t('action.cancel')}</Button>}
      </Space>
    </Form>
  );
}
