export { ActivityDetailPage } from './ActivityDetailPage.js';
export { ActivityFormPage } from './ActivityFormPage.js';
export { ActivityListPage } from './ActivityListPage.js';
export { MajorReportsPage } from './MajorReportsPage.js';
export { NearbyActivitiesPage } from './NearbyActivitiesPage.js';
