// /volunteering: the section tabs (only those the role may use) above the section's page.
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useMe } from '../../app/auth.js';
import { PageHeader } from '../../components/PageHeader.js';
import { sectionsFor } from './sections.js';

export function VolunteeringLayout() {
  const { t } = useTranslation('volunteering');
  const me = useMe();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const allowed = sectionsFor(me.permissions);
  const current = pathname.split('/')[2];
  if (!current && allowed[0]) return <Navigate to={`/volunteering/${allowed[0].path}`} replace />;
  return (
    <>
      <PageHeader title={t('title')} subTitle={t('subTitle')} />
      <Tabs
        activeKey={current}
        onChange={(key) => navigate(`/volunteering/${key}`)}
        items={allowed.map((section) => ({ key: section.path, label: t(section.labelKey) }))}
        style={{ marginBottom: 8 }}
      />
      <Outlet />
    </>
  );
}
