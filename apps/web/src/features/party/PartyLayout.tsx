// /party: the section tabs (coverage only for those who read statistics) above the section's list.
import { Tabs } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useCan } from '../../app/auth.js';
import { PageHeader } from '../../components/PageHeader.js';
import { usePartyLabels } from './labels.js';

export function PartyLayout() {
  const { t } = usePartyLabels();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const canReport = useCan('stats:read');
  const sections = [
    { key: '', label: t('tab.organizations') },
    { key: 'meetings', label: t('tab.meetings') },
    ...(canReport ? [{ key: 'coverage', label: t('tab.coverage') }] : []),
  ];
  const current = pathname.split('/')[2] ?? '';
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subTitle')} />
      <Tabs
        activeKey={current}
        onChange={(key) => navigate(key ? `/party/${key}` : '/party')}
        items={sections}
        style={{ marginBottom: 8 }}
      />
      <Outlet />
    </>
  );
}
