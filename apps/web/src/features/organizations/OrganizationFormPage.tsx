// /organizations/new and /organizations/:id/edit. Edit sends only changed fields with the loaded version;
// a 409 means someone else saved first, and the user reloads before editing again.
import type { Organization } from '@linli/shared';
import { Alert, App, Button, Form, Result, Skeleton, Space } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../app/api.js';
import { useMe } from '../../app/auth.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageHeader } from '../../components/PageHeader.js';
import { OrganizationFormFields } from './OrganizationFormFields.js';
import { alertErrorOf, applyFieldErrors, isVersionConflict } from '../../app/form-errors.js';
import { useOrganizationLabels } from './labels.js';
import { emptyOrganization, toBody, toFormValues, toPatch, type OrganizationFormValues } from './organization-form-values.js';
import { useOrganization, useSaveOrganization } from './queries.js';

export function OrganizationFormPage() {
  const { id } = useParams();
  const { t } = useOrganizationLabels();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrganizationFormValues>();
  const loaded = useOrganization(id);
  const save = useSaveOrganization(id);
  const [conflict, setConflict] = useState(false);
  const [alertError, setAlertError] = useState<unknown>(null);
  const organization = loaded.data;

  useEffect(() => {
    if (organization) form.setFieldsValue(toFormValues(organization));
  }, [organization, form]);

  if (id && loaded.isLoading) return <Skeleton active />;
  if (id && loaded.error instanceof ApiError && loaded.error.status === 404)
    return <Result status="404" title={t('detail.notFound')} extra={<Link to="/organizations">{t('detail.backToList')}</Link>} />;
  if (id && !organization) return <ErrorAlert error={loaded.error} />;

  const communityOrStreet = me?.regionCode && me.regionCode.length >= 9 ? me.regionCode : undefined;

  const submit = async (values: OrganizationFormValues) => {
    setConflict(false);
    setAlertError(null);
    try {
      const saved: Organization = await save.mutateAsync(organization ? toPatch(values, organization) : toBody(values));
      message.success(organization ? t('form.saved') : t('form.created'));
      navigate(`/organizations/${saved.id}`);
    } catch (error) {
      const conflicted = isVersionConflict(error);
      setConflict(conflicted);
      const shown = applyFieldErrors(form, error);
      // Errors without a field show in the alert above the form.
      setAlertError(alertErrorOf(error, shown));
      if (conflicted || shown.matched === 0) window.scrollTo({ top: 0, behavior: 'smooth' });
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
    save.reset();
  };

  const title = organization ? t('editTitle', { name: organization.name }) : t('createTitle');
  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[
          { title: <Link to="/organizations">{t('title')}</Link> },
          ...(organization ? [{ title: <Link to={`/organizations/${organization.id}`}>{organization.name}</Link> }] : []),
          { title: organization ? t('edit') : t('new') },
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
        initialValues={organization ? toFormValues(organization) : emptyOrganization(communityOrStreet)}
        onFinish={submit}
        scrollToFirstError
        disabled={save.isPending}
        style={{ maxWidth: 1080 }}
      >
        <OrganizationFormFields mode={organization ? 'edit' : 'create'} masked={organization ?? undefined} />
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {organization ? t('form.save') : t('form.create')}
          </Button>
          <Button onClick={() => navigate(organization ? `/organizations/${organization.id}` : '/organizations')}>
            {t('form.cancel')}
          </Button>
        </Space>
      </Form>
    </>
  );
}
