// Every page of the web app. Pages load on first visit (one chunk per feature), inside the
// authenticated shell unless they are /login.
import { Flex, Spin } from 'antd';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { RequireAuth, RequirePermission } from './auth.js';
import { jobPermissions, reviewerPermissions } from './navigation.js';
import { NotFoundPage } from './NotFoundPage.js';
import { Shell } from './Shell.js';

/** React.lazy for a named export. */
function page<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const organizations = () => import('../features/organizations/index.js');
const filings = () => import('../features/filings/index.js');
const policies = () => import('../features/policies/index.js');
const ledger = () => import('../features/ledger/index.js');
const OrganizationListPage = page(organizations, 'OrganizationListPage');
const OrganizationDetailPage = page(organizations, 'OrganizationDetailPage');
const OrganizationFormPage = page(organizations, 'OrganizationFormPage');
const FilingListPage = page(filings, 'FilingListPage');
const FilingDetailPage = page(filings, 'FilingDetailPage');
const FilingSubmitPage = page(filings, 'FilingSubmitPage');
const WorkQueuePage = page(filings, 'WorkQueuePage');
const PoliciesPage = page(policies, 'PoliciesPage');
const PolicyDetailPage = page(policies, 'PolicyDetailPage');
const BindingsPage = page(policies, 'BindingsPage');
const RetaggingPage = page(policies, 'RetaggingPage');
const ImportWizardPage = page(ledger, 'ImportWizardPage');
const JobsPage = page(ledger, 'JobsPage');
const DashboardPage = page(() => import('../features/dashboard/index.js'), 'DashboardPage');
const LoginPage = page(() => import('../features/auth/LoginPage.js'), 'LoginPage');
const HomePage = page(() => import('../features/home/HomePage.js'), 'HomePage');
const RegionsPage = page(() => import('../features/regions/RegionsPage.js'), 'RegionsPage');
const UsersPage = page(() => import('../features/users/UsersPage.js'), 'UsersPage');
const AuditPage = page(() => import('../features/audit/AuditPage.js'), 'AuditPage');
const ChangePasswordPage = page(() => import('../features/account/ChangePasswordPage.js'), 'ChangePasswordPage');

const loading = (
  <Flex justify="center" style={{ padding: 64 }}>
    <Spin />
  </Flex>
);

function guarded(permission: string | string[] | null, Page: ComponentType): ReactNode {
  const element = (
    <Suspense fallback={loading}>
      <Page />
    </Suspense>
  );
  return permission ? <RequirePermission permission={permission}>{element}</RequirePermission> : element;
}

export const router = createBrowserRouter([
  { path: '/login', element: guarded(null, LoginPage) },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <Shell />,
        children: [
          { index: true, element: guarded(null, HomePage) },
          { path: 'dashboard', element: guarded('stats:read', DashboardPage) },
          { path: 'policies', element: guarded(['stats:read', 'policies:read', 'policies:bind'], PoliciesPage) },
          { path: 'policies/bindings', element: guarded('policies:bind', BindingsPage) },
          { path: 'policies/retagging', element: guarded('organizations:retag', RetaggingPage) },
          { path: 'policies/:id', element: guarded(['stats:read', 'policies:read', 'policies:bind'], PolicyDetailPage) },
          { path: 'organizations', element: guarded('organizations:read', OrganizationListPage) },
          { path: 'organizations/new', element: guarded('organizations:create', OrganizationFormPage) },
          { path: 'organizations/import', element: guarded('organizations:import', ImportWizardPage) },
          { path: 'organizations/import/:id', element: guarded('organizations:import', ImportWizardPage) },
          { path: 'organizations/:id', element: guarded('organizations:read', OrganizationDetailPage) },
          { path: 'organizations/:id/edit', element: guarded('organizations:update', OrganizationFormPage) },
          { path: 'filings', element: guarded('filings:read', FilingListPage) },
          { path: 'filings/new', element: guarded('filings:submit', FilingSubmitPage) },
          { path: 'filings/:id', element: guarded('filings:read', FilingDetailPage) },
          { path: 'jobs', element: guarded(jobPermissions, JobsPage) },
          { path: 'queue', element: guarded(reviewerPermissions, WorkQueuePage) },
          { path: 'regions', element: guarded('regions:read', RegionsPage) },
          { path: 'users', element: guarded('users:manage', UsersPage) },
          { path: 'audit', element: guarded('audit:read', AuditPage) },
          { path: 'account/password', element: guarded(null, ChangePasswordPage) },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
