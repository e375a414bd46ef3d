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
const volunteering = () => import('../features/volunteering/index.js');
const activities = () => import('../features/activities/index.js');
const training = () => import('../features/training/index.js');
const party = () => import('../features/party/index.js');
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
const ActivityListPage = page(activities, 'ActivityListPage');
const ActivityDetailPage = page(activities, 'ActivityDetailPage');
const ActivityFormPage = page(activities, 'ActivityFormPage');
const MajorReportsPage = page(activities, 'MajorReportsPage');
const NearbyActivitiesPage = page(activities, 'NearbyActivitiesPage');
const JobsPage = page(ledger, 'JobsPage');
const TrainingLayout = page(training, 'TrainingLayout');
const CourseList = page(training, 'CourseList');
const SessionList = page(training, 'SessionList');
const AttendanceList = page(training, 'AttendanceList');
const PersonTimesView = page(training, 'PersonTimesView');
const CourseDetailPage = page(training, 'CourseDetailPage');
const SessionDetailPage = page(training, 'SessionDetailPage');
const PartyLayout = page(party, 'PartyLayout');
const PartyOrganizationList = page(party, 'PartyOrganizationList');
const MeetingList = page(party, 'MeetingList');
const CoverageView = page(party, 'CoverageView');
const PartyOrganizationDetailPage = page(party, 'PartyOrganizationDetailPage');
const VolunteeringLayout = page(volunteering, 'VolunteeringLayout');
const MyVolunteeringPage = page(volunteering, 'MyVolunteeringPage');
const NeedListPage = page(volunteering, 'NeedListPage');
const NeedDetailPage = page(volunteering, 'NeedDetailPage');
const NeedFormPage = page(volunteering, 'NeedFormPage');
const RewardsPage = page(volunteering, 'RewardsPage');
const ServiceRecordsPage = page(volunteering, 'ServiceRecordsPage');
const VolunteersPage = page(volunteering, 'VolunteersPage');
const MonthlyHoursPage = page(volunteering, 'MonthlyHoursPage');
const TimeBankRulePage = page(volunteering, 'TimeBankRulePage');
const VerifyCertificatePage = page(volunteering, 'VerifyCertificatePage');
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
  // the public check of a volunteer's service-record certificate: no login
  { path: '/verify/:code?', element: guarded(null, VerifyCertificatePage) },
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
          { path: 'activities', element: guarded('activities:read', ActivityListPage) },
          { path: 'activities/new', element: guarded('activities:write', ActivityFormPage) },
          { path: 'activities/:id', element: guarded('activities:read', ActivityDetailPage) },
          { path: 'activities/:id/edit', element: guarded('activities:write', ActivityFormPage) },
          { path: 'major-reports', element: guarded('major_reports:decide', MajorReportsPage) },
          { path: 'nearby-activities', element: guarded('public_activities:read', NearbyActivitiesPage) },
          { path: 'jobs', element: guarded(jobPermissions, JobsPage) },
          {
            path: 'volunteering',
            element: guarded('volunteer_needs:read', VolunteeringLayout),
            children: [
              { path: 'me', element: guarded('volunteers:self', MyVolunteeringPage) },
              { path: 'needs', element: guarded('volunteer_needs:read', NeedListPage) },
              { path: 'rewards', element: guarded('rewards:read', RewardsPage) },
              { path: 'records', element: guarded('service_records:read', ServiceRecordsPage) },
              { path: 'volunteers', element: guarded('volunteers:read', VolunteersPage) },
              { path: 'monthly', element: guarded('volunteers:read', MonthlyHoursPage) },
              { path: 'rules', element: guarded(['volunteers:read', 'time_bank_rules:manage'], TimeBankRulePage) },
            ],
          },
          { path: 'volunteering/needs/new', element: guarded('volunteer_needs:manage', NeedFormPage) },
          { path: 'volunteering/needs/:id', element: guarded('volunteer_needs:read', NeedDetailPage) },
          { path: 'volunteering/needs/:id/edit', element: guarded('volunteer_needs:manage', NeedFormPage) },
          {
            path: 'training',
            element: guarded('training:read', TrainingLayout),
            children: [
              { index: true, element: guarded('training:read', CourseList) },
              { path: 'sessions', element: guarded('training:read', SessionList) },
              { path: 'attendance', element: guarded('training:read', AttendanceList) },
              { path: 'person-times', element: guarded('stats:read', PersonTimesView) },
            ],
          },
          { path: 'training/courses/:id', element: guarded('training:read', CourseDetailPage) },
          { path: 'training/sessions/:id', element: guarded('training:read', SessionDetailPage) },
          {
            path: 'party',
            element: guarded('party:read', PartyLayout),
            children: [
              { index: true, element: guarded('party:read', PartyOrganizationList) },
              { path: 'meetings', element: guarded('party:read', MeetingList) },
              { path: 'coverage', element: guarded('stats:read', CoverageView) },
            ],
          },
          { path: 'party/organizations/:id', element: guarded('party:read', PartyOrganizationDetailPage) },
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
