export { ExportButton } from './ExportButton.js';
export { ImportWizardPage } from './ImportWizardPage.js';
export { JobsPage } from './JobsPage.js';
