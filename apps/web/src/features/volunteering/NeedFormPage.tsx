// /volunteering/needs/new and /volunteering/needs/:id/edit — an organization posts (or changes) a volunteer need.
// A past slot may be posted to record service already given, while its hours can still be confirmed.
import type { VolunteerNeed } from '@linli/shared';
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Space, Spin } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { OrganizationSelect } from '../activities/OrganizationSelect.js';
import { useServerErrors } from '../filings/use-server-errors.js';
import { useNeed, useSaveNeed } from './queries.js';

interface Values {
  organizationId?: string;
  title: string;
  description: string;
  skills: string[];
  place: string;
  startsAt?: Dayjs;
  endsAt?: Dayjs;
  slots: number;
}

const valuesOf = (need: VolunteerNeed): Values => ({
  title: need.title,
  description: need.description,
  skills: need.skills,
  place: need.place,
  startsAt: dayjs(need.startsAt),
  endsAt: dayjs(need.endsAt),
  slots: need.slots,
});

function NeedForm({ need }: { need?: VolunteerNeed }) {
  const { t } = useTranslation('volunteering');
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveNeed(need?.id);
  const { alertError, run } = useServerErrors(form);
  const required = { required: true, message: t('form.required') };

  const submit = (values: Values) =>
    run(async () => {
      const body = {
        ...(need ? { version: need.version } : { organizationId: values.organizationId }),
        title: values.title.trim(),
        description: values.description.trim(),
        skills: values.skills,
        place: values.place.trim(),
        startsAt: values.startsAt!.toISOString(),
        endsAt: values.endsAt!.toISOString(),
        slots: values.slots,
      };
      const saved = await save.mutateAsync(body);
      navigate(`/volunteering/needs/${saved.id}`);
    });

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={need ? valuesOf(need) : { title: '', description: '', skills: [], place: '', slots: 5 }}
      onFinish={submit}
    >
      <ErrorAlert error={alertError} hideFieldErrors />
      <Card>
        <Alert type="info" showIcon title={t('needs.pastHint')} style={{ marginBottom: 16 }} />
        {!need && (
          <Form.Item name="organizationId" label={t('field.organization')} rules={[required]}>
            <OrganizationSelect activeOnly />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('field.title')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} showCount />
        </Form.Item>
        <Form.Item name="description" label={t('field.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="startsAt" label={t('field.startsAt')} rules={[required]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="endsAt"
              label={t('field.endsAt')}
              dependencies={['startsAt']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, value?: Dayjs) =>
                    !value || !getFieldValue('startsAt') || value.isAfter(getFieldValue('startsAt'))
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('form.endsAfterStart'))),
                }),
              ]}
            >
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="place" label={t('field.place')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="slots" label={t('field.slots')} rules={[required]}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="skills" label={t('field.skills')} extra={t('register.skillsHint')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} maxCount={20} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('action.save')}
          </Button>
          <Link to={need ? `/volunteering/needs/${need.id}` : '/volunteering/needs'}>
            <Button>{t('action.cancel')}</Button>
          </Link>
        </Space>
      </Card>
    </Form>
  );
}

export function NeedFormPage() {
  const { t } = useTranslation('volunteering');
  const { id } = useParams();
  const need = useNeed(id);
  return (
    <>
      <PageHeader
        title={id ? t('needs.edit') : t('needs.new')}
        breadcrumbs={[{ title: <Link to="/volunteering/needs">{t('tab.needs')}</Link> }, { title: id ? t('needs.edit') : t('needs.new') }]}
      />
      <ErrorAlert error={need.error} />
      {id && !need.data ? (
        need.isLoading && (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin />
          </Flex>
        )
      ) : (
        <NeedForm need={need.data} />
      )}
    </>
  );
}
