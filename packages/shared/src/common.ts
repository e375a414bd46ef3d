import { z } from 'zod';

/** Messages of custom checks are stable keys; the server and the web app translate them. */
export const checkKeys = {
  creditCode: 'credit_code_invalid',
  idNumber: 'id_number_invalid',
  phone: 'phone_invalid',
  regionCode: 'region_code_invalid',
  dateInFuture: 'date_in_future',
  password: 'password_too_weak',
  legalFormTier: 'legal_form_requires_registered',
} as const;

/** Trimmed text with a length limit; empty strings count as missing for required fields. */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max);

export const regionCodeSchema = z
  .string()
  .trim()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, { message: checkKeys.regionCode });

export const isoDate = z.iso.date();

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const idParams = z.object({ id: z.uuid() });

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** Comma-separated list in a query string: ?tier=team,group */
export const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((value) => value.split(',').map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));

export const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');
