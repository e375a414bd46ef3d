import { z } from 'zod';
import { pageQuery, regionCodeSchema } from './common.js';

export const regionSchema = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  level: z.number().int(),
  name: z.string(),
  kind: z.enum(['urban', 'rural']).nullable(),
  childCount: z.number().int(),
});
export type Region = z.infer<typeof regionSchema>;

export const regionDetailSchema = regionSchema.extend({
  /** From the province down to this region. */
  path: z.array(z.object({ code: z.string(), name: z.string(), level: z.number().int() })),
});
export type RegionDetail = z.infer<typeof regionDetailSchema>;

export const regionCodeParams = z.object({ code: regionCodeSchema });

export const regionListQuery = pageQuery.extend({
  parent: regionCodeSchema.optional(),
  q: z.string().trim().max(50).optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(200),
});

export const regionKindBody = z.object({ kind: z.enum(['urban', 'rural']) });
