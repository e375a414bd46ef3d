// /dashboard?region=<code>&policy=<id> — the targets dashboard on its own, where every drill-down link leads.
import { Dashboard } from './Dashboard.js';

export function DashboardPage() {
  return <Dashboard />;
}
