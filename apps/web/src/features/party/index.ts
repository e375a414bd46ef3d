export { CoverageView } from './CoverageView.js';
export { MeetingList } from './MeetingList.js';
export { PartyLayout } from './PartyLayout.js';
export { PartyOrganizationDetailPage } from './PartyOrganizationDetailPage.js';
export { PartyOrganizationList } from './PartyOrganizationList.js';
