import { z } from 'zod';
import { pageQuery, regionCodeSchema, text } from './common.js';
import { newPasswordSchema } from './auth.js';
import { roles } from './enums.js';

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  status: z.enum(['active', 'disabled']),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .min(3)
    .max(32)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
  displayName: text(50),
  role: z.enum(roles),
  regionCode: regionCodeSchema.nullable().optional(),
  password: newPasswordSchema,
});

export const updateUserBody = z.object({
  status: z.enum(['active', 'disabled']).optional(),
  displayName: text(50).optional(),
  version: z.number().int(),
});

export const userListQuery = pageQuery.extend({
  q: z.string().trim().max(50).optional(),
  role: z.enum(roles).optional(),
  status: z.enum(['active', 'disabled']).optional(),
});
