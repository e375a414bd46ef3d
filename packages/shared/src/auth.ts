import { z } from 'zod';
import { checkKeys } from './common.js';
import { roles } from './enums.js';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

// At least 10 characters with letters and digits (GB/T 22239-2019 level-3 password complexity in spirit).
export const newPasswordSchema = z
  .string()
  .min(10)
  .max(128)
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: checkKeys.password });

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: newPasswordSchema,
});

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  permissions: z.array(z.string()),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;
