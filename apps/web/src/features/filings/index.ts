export { FilingDetailPage } from './FilingDetailPage.js';
export { FilingListPage } from './FilingListPage.js';
export { FilingSubmitPage } from './FilingSubmitPage.js';
export { WorkQueuePage } from './WorkQueuePage.js';
