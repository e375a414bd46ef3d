// Commands that read or write organizations run with nobody signed in: they act as the civil-affairs office of
// the region they are given (its scope), and the audit trail names the command.
import type { AuditActor } from '../platform/audit.js';
import type { Scope } from '../platform/scope.js';

const NO_USER = '00000000-0000-0000-0000-000000000000';

export function commandLineOffice(regionPrefix: string, command: string) {
  const scope: Scope = { userId: NO_USER, role: 'civil_affairs', regionPrefix };
  const actor: AuditActor = { id: null, name: `${command} (command line)`, ip: null };
  return { viewer: { id: NO_USER, role: scope.role, scope }, scope, actor };
}
