// /training: the section tabs (person-times only for those who read statistics) above the section's list.
import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useCan } from '../../app/auth.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useTrainingLabels } from './labels.js';

export function TrainingLayout() {
  const { t } = useTrainingLabels();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const canReport = useCan('stats:read');
  const sections = [
    { key: '', label: t('tab.courses') },
    { key: 'sessions', label: t('tab.sessions') },
    { key: 'attendance', label: t('tab.attendance') },
    ...(canReport ? [{ key: 'person-times', label: t('tab.personTimes') }] : []),
  ];
  const current = pathname.split('/')[2] ?? '';
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subTitle')} />
      <Tabs
        activeKey={current}
        onChange={(key) => navigate(key ? `/training/${key}` : '/training')}
        items={sections}
        style={{ marginBottom: 8 }}
      />
      <Outlet />
    </>
  );
}
