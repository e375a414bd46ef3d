export { Dashboard } from './Dashboard.js';
export { DashboardPage } from './DashboardPage.js';
