// /activities/new and /activities/:id/edit. Edit sends only changed fields with the loaded version; a 409 means
// someone else saved first, and the user reloads before editing again.
import type { ActivityDetail } from '@linli/shared';
import { Alert, App, Button, Form, Result, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { alertErrorOf, applyFieldErrors, isVersionConflict } from '../../app/form-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ActivityFormFields } from './ActivityFormFields.js';
import { emptyActivity, toBody, toFormValues, toPatch, type ActivityFormValues } from './activity-form-values.js';
import { useActivityLabels } from './labels.js';
import { useActivity, useActivitySeries, useSaveActivity } from './queries.js';

export function ActivityFormPage() {
  const { id } = useParams();
  const { t } = useActivityLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityFormValues>();
  const loaded = useActivity(id);
  const activity = loaded.data;
  const save = useSaveActivity(id);
  const [region, setRegion] = useState<string | undefined>();
  const packs = useActivitySeries(activity?.regionCode ?? region);
  const [conflict, setConflict] = useState(false);
  const [alertError, setAlertError] = useState<unknown>(null);

  useEffect(() => {
    if (activity) form.setFieldsValue(toFormValues(activity));
  }, [activity, form]);

  if (id && loaded.isLoading) return <Skeleton active />;
  if (id && loaded.error instanceof ApiError && loaded.error.status === 404)
    return <Result status="404" title={t('detail.notFound')} extra={<Link to="/activities">{t('detail.backToList')}</Link>} />;
  if (id && !activity) return <ErrorAlert error={loaded.error} />;

  const submit = async (values: ActivityFormValues) => {
    setConflict(false);
    setAlertError(null);
    try {
      const saved: ActivityDetail = await save.mutateAsync(activity ? toPatch(values, activity) : toBody(values));
      message.success(activity ? t('form.saved') : t('form.created'));
      navigate(`/activities/${saved.id}`);
    } catch (error) {
      setConflict(isVersionConflict(error));
      setAlertError(alertErrorOf(error, applyFieldErrors(form, error)));
    }
  };

  const reload = async () => {
    const fresh = await loaded.refetch();
    if (fresh.data) {
      form.resetFields();
      form.setFieldsValue(toFormValues(fresh.data));
    }
    setConflict(false);
    setAlertError(null);
  };

  return (
    <>
      <PageHeader
        title={activity ? t('editTitle', { title: activity.title }) : t('createTitle')}
        breadcrumbs={[
          { title: <Link to="/activities">{t('title')}</Link> },
          ...(activity ? [{ title: <Link to={`/activities/${activity.id}`}>{activity.title}</Link> }] : []),
          { title: activity ? t('edit') : t('new') },
        ]}
      />
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          title={t('form.conflictTitle')}
          description={t('form.conflictDetail')}
          action={<Button onClick={reload}>{t('form.reload')}</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <ErrorAlert error={alertError} />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={activity ? toFormValues(activity) : emptyActivity()}
        onFinish={submit}
        scrollToFirstError
        disabled={save.isPending}
        style={{ maxWidth: 1080 }}
      >
        <ActivityFormFields mode={activity ? 'edit' : 'create'} packs={packs.data} onOrganization={setRegion} />
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {activity ? t('form.save') : t('form.create')}
          </Button>
          <Button onClick={() => navigate(activity ? `/activities/${activity.id}` : '/activities')}>{t('form.cancel')}</Button>
        </Space>
      </Form>
    </>
  );
}
