export { AttendanceList } from './AttendanceList.js';
export { CourseDetailPage } from './CourseDetailPage.js';
export { CourseList } from './CourseList.js';
export { PersonTimesView } from './PersonTimesView.js';
export { SessionDetailPage } from './SessionDetailPage.js';
export { SessionList } from './SessionList.js';
export { TrainingLayout } from './TrainingLayout.js';
