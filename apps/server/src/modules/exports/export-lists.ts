// Every list that can be exported, by its name in the API contract (exportLists in @linli/shared).
import type { ExportList } from '@linli/shared';
import { activitiesExport } from '../activities/activities-export.js';
import { majorReportsExport } from '../activities/major-reports-export.js';
import type { ExportSource } from './export-source.js';
import { filingsExport } from './filings-export.js';
import { organizationsExport } from './organizations-export.js';
import { partyMeetingsExport } from '../party/party-meetings-export.js';
import { partyOrganizationsExport } from '../party/party-organizations-export.js';
import { trainingAttendanceExport } from '../training/training-attendance-export.js';
import { serviceRecordsExport, volunteerNeedsExport, volunteersExport } from '../volunteering/volunteering-exports.js';

export const exportSources: Record<ExportList, ExportSource> = {
  organizations: organizationsExport,
  filings: filingsExport,
  activities: activitiesExport,
  major_activity_reports: majorReportsExport,
  training_attendance: trainingAttendanceExport,
  party_organizations: partyOrganizationsExport,
  party_meetings: partyMeetingsExport,
  volunteers: volunteersExport,
  volunteer_needs: volunteerNeedsExport,
  service_records: serviceRecordsExport,
};
