// New or edited course. A hub's staff pick the hub they lead; an office names a region of its scope or a hub of it.
import type { TrainingCourse } from '@linli/shared';
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../../app/auth.js';
import { showFieldErrors } from '../../app/form-errors.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { RegionPicker } from '../../components/RegionPicker.js';
import { useTrainingLabels } from './labels.js';
import { useHubs, useSaveCourse } from './queries.js';

interface Values {
  title: string;
  audiences: string[];
  description?: string;
  regionCode?: string;
  providerOrganizationId?: string;
}

export function CourseFormModal({ course, onClose }: { course?: TrainingCourse; onClose: () => void }) {
  const labels = useTrainingLabels();
  const { t } = labels;
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveCourse(course?.id);
  const [error, setError] = useState<unknown>(null);
  const hubStaff = me.role === 'org_leader';
  const hubs = useHubs(!course);
  const hubOptions = (hubs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));

  const submit = async (values: Values) => {
    setError(null);
    try {
      const body = course
        ? { title: values.title, audiences: values.audiences, description: values.description ?? '' }
        : { ...values, description: values.description ?? '', providerOrganizationId: values.providerOrganizationId || undefined };
      const saved = await save.mutateAsync(body);
      message.success(course ? t('course.saved') : t('course.created'));
      onClose();
      if (!course) navigate(`/training/courses/${saved.id}`);
    } catch (caught) {
      setError(showFieldErrors(form, caught));
    }
  };

  return (
    <Modal
      open
      title={course ? t('course.edit') : t('course.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={620}
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          course
            ? { title: course.title, audiences: course.audiences, description: course.description }
            : { audiences: ['leaders', 'backbones'], regionCode: hubStaff ? undefined : (me.regionCode ?? undefined) }
        }
      >
        <Form.Item name="title" label={t('course.title')} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="audiences" label={t('course.audiences')} rules={[{ required: true, type: 'array', min: 1 }]}>
          <Checkbox.Group options={labels.audienceOptions} />
        </Form.Item>
        <Form.Item name="description" label={t('course.description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        {!course && !hubStaff && (
          <Form.Item name="regionCode" label={t('course.region')} extra={t('course.regionHint')}>
            <RegionPicker />
          </Form.Item>
        )}
        {!course && (
          <Form.Item
            name="providerOrganizationId"
            label={hubStaff ? t('course.providerOwn') : t('course.provider')}
            extra={hubStaff ? undefined : t('course.providerHint')}
            rules={hubStaff && hubOptions.length > 1 ? [{ required: true }] : []}
          >
            <Select
              allowClear={!hubStaff}
              loading={hubs.isLoading}
              options={hubOptions}
              placeholder={hubStaff ? hubOptions[0]?.label : t('course.providerNone')}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
