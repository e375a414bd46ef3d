import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

export function FormButtons({ submitting, submitLabel, onCancel }: { submitting: boolean; submitLabel: string; onCancel: () => void }) {
  const { t } = useTranslation('organizations');
  return (
    <Space style={{ marginTop: 16 }}>
      <Button type="primary" htmlType="submit" loading={submitting}>
        {submitLabel}
      </Button>
      <Button onClick={onCancel}>{t('form.cancel')}</Button>
    </Space>
  );
}
