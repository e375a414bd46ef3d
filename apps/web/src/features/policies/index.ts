export { BindingsPage } from './BindingsPage.js';
export { PoliciesPage } from './PoliciesPage.js';
export { PolicyDetailPage } from './PolicyDetailPage.js';
export { RetaggingPage } from './RetaggingPage.js';
