// One error type for the whole server: AppError(code, status) with a closed union of codes.
// error-handler.ts turns it (and zod failures) into application/problem+json.

export const errorStatus = {
  validation_failed: 400,
  malformed_json: 400,
  unknown_region: 400,
  unknown_user: 400,
  wrong_password: 400,
  mapping_incomplete: 400,
  corrupt_file: 400,
  empty_file: 400,
  not_authenticated: 401,
  session_expired: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  account_disabled: 403,
  separation_of_duties: 403,
  own_service_hours: 403,
  not_found: 404,
  version_conflict: 409,
  transition_not_allowed: 409,
  duplicate_credit_code: 409,
  duplicate_filing: 409,
  organization_not_active: 409,
  duplicate_username: 409,
  job_state: 409,
  session_not_started: 409,
  party_organization_dissolved: 409,
  activity_not_planned: 409,
  activity_not_started: 409,
  activity_already_started: 409,
  major_report_required: 409,
  major_report_pending: 409,
  major_report_not_required: 409,
  major_report_already_filed: 409,
  major_report_decided: 409,
  too_many_attachments: 409,
  volunteer_not_registered: 409,
  already_volunteer: 409,
  need_closed: 409,
  need_full: 409,
  already_signed_up: 409,
  need_started: 409,
  need_not_ended: 409,
  confirmation_window_closed: 409,
  already_confirmed: 409,
  out_of_stock: 409,
  insufficient_points: 409,
  reward_withdrawn: 409,
  payload_too_large: 413,
  file_too_large: 413,
  decompressed_too_large: 413,
  too_many_rows: 413,
  unsupported_media_type: 415,
  unsupported_file_type: 415,
  attachment_type_not_allowed: 415,
  legacy_xls: 415,
  macro_enabled: 415,
  no_data_rows: 422,
  merged_header: 422,
  import_has_errors: 422,
  no_service_records: 422,
  account_locked: 423,
  rate_limited: 429,
  internal_error: 500,
  not_ready: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly errors?: FieldError[],
  ) {
    super(code);
    this.name = 'AppError';
    this.status = errorStatus[code];
  }
}

export const notFound = () => new AppError('not_found');
