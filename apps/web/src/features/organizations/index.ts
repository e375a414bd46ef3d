export { OrganizationDetailPage } from './OrganizationDetailPage.js';
export { OrganizationFormPage } from './OrganizationFormPage.js';
export { OrganizationListPage } from './OrganizationListPage.js';
