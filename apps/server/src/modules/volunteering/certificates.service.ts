// Service-record certificates (志愿服务记录证明, national 志愿服务记录与证明出具办法): what a volunteer's
// confirmed records add up to in a period, fixed when issued, printed as a PDF and checkable by anyone by its code.
import { maskName, normalizeCertificateCode, type PublicCertificate } from '@linli/shared';
import { DatabaseError } from '../../db/driver.js';
import { recordAudit, type AuditActor } from '../../platform/audit.js';
import type { Services } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Scope } from '../../platform/scope.js';
import { isCertificateCode, newCertificateCode } from './certificate-code.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import * as repository from './certificates.repository.js';
import type { CertificateRow } from './certificates.repository.js';
import { certifiableRecords } from './service-records.repository.js';
import { requireOwnVolunteer } from './volunteers.service.js';
import { chinaDate } from './working-days.js';

/** The platform's name as the certificate prints it. */
export const PLATFORM_NAME = '邻里 · 社区社会组织服务管理平台';

interface Certified {
  name: string;
  hours: number;
  records: number;
  from: string;
  to: string;
  organizations: string[];
}

const sumHours = (hours: number[]) => hours.reduce((cents, h) => cents + Math.round(h * 100), 0) / 100;
const distinct = (values: string[]) => [...new Set(values)];

const isCodeCollision = (error: unknown) => {
  const cause = error instanceof DatabaseError ? error : (error as { cause?: unknown })?.cause;
  return cause instanceof DatabaseError && cause.code === '23505' && cause.constraint === 'volunteer_certificates_code_idx';
};

export async function issueCertificate(services: Services, scope: Scope, actor: AuditActor, period: { from?: string; to?: string }) {
  const volunteer = await requireOwnVolunteer(services, scope);
  const issuedAt = new Date();
  const today = chinaDate(issuedAt);
  if (period.to && period.to > today) throw new AppError('validation_failed', {}, [{ path: 'to', message: 'date_in_future' }]);
  const to = period.to ?? today;
  const records = await certifiableRecords(services.database.db, volunteer.id, { from: period.from, to }, issuedAt);
  if (records.length === 0) throw new AppError('no_service_records');
  const certified: Certified = {
    name: maskName(volunteer.name)!,
    hours: sumHours(records.map((r) => Number(r.hours))),
    records: records.length,
    from: period.from ?? chinaDate(records[0]!.startedAt),
    to,
    organizations: distinct(records.map((r) => r.organizationName)),
  };
  // 60 random bits: a collision is practically impossible, and would only cost a second try
  for (let attempt = 0; ; attempt++) {
    try {
      return await services.database.transaction(async (tx) => {
        const row = await repository.insertCertificate(tx, {
          code: newCertificateCode(),
          volunteerId: volunteer.id,
          certified,
          periodFrom: certified.from,
          periodTo: certified.to,
          issuedAt,
        });
        await recordAudit(tx, actor, {
          action: 'certificate.issued',
          targetType: 'volunteer_certificate',
          targetId: row.id,
          regionCode: volunteer.regionCode,
          after: { volunteerId: volunteer.id, code: row.code, ...certified },
        });
        return row;
      });
    } catch (error) {
      if (attempt === 0 && isCodeCollision(error)) continue;
      throw error;
    }
  }
}

export async function listOwnCertificates(services: Services, scope: Scope, page: number, pageSize: number) {
  const volunteer = await requireOwnVolunteer(services, scope);
  return repository.listCertificates(services.database.db, volunteer.id, pageSize, (page - 1) * pageSize);
}

/** The PDF of one of the viewer's certificates; its records are those it certified when issued. */
export async function certificatePdf(services: Services, scope: Scope, id: string, baseUrl: string) {
  const volunteer = await requireOwnVolunteer(services, scope);
  const row = await repository.findCertificate(services.database.db, volunteer.id, id);
  if (!row) throw new AppError('not_found');
  const certified = row.certified as Certified;
  const records = await certifiableRecords(services.database.db, volunteer.id, { from: certified.from, to: certified.to }, row.issuedAt);
  const pdf = await renderCertificatePdf({
    platformName: PLATFORM_NAME,
    holderName: volunteer.name,
    code: row.code,
    verifyUrl: `${baseUrl}/verify/${row.code}`,
    issuedOn: chinaDate(row.issuedAt),
    from: certified.from,
    to: certified.to,
    hours: certified.hours,
    organizations: certified.organizations,
    records: records.map((r) => ({
      date: chinaDate(r.startedAt),
      organization: r.organizationName,
      content: r.content,
      place: r.place,
      hours: Number(r.hours),
    })),
  });
  return { pdf, filename: `志愿服务记录证明-${row.code}.pdf` };
}

/** The public check: what the certificate certified, the name masked; 404 for a code nobody was given. */
export async function verifyCertificate(services: Services, typed: string): Promise<PublicCertificate> {
  const code = normalizeCertificateCode(typed);
  const row: CertificateRow | undefined = isCertificateCode(code)
    ? await repository.findCertificateByCode(services.database.db, code)
    : undefined;
  if (!row) throw new AppError('not_found');
  return { ...(row.certified as Certified), code: row.code, issuedAt: row.issuedAt.toISOString() };
}
