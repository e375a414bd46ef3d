import { z } from 'zod';
import { newPasswordSchema } from './auth.js';
import { pageQuery, regionCodeSchema, text } from './common.js';
import { regionScopedRoles, roles, type RegionLevel, type Role } from './enums.js';

/** Messages of the account checks (translated like checkKeys). */
export const userCheckKeys = {
  regionRequired: 'required',
  noRegionForRole: 'role_has_no_region',
  regionLevel: 'role_region_level',
  duplicateUsername: 'duplicate_username',
  cannotDisableSelf: 'cannot_disable_self',
} as const;

/**
 * The region levels an account of each role may be scoped to: civil affairs works at a province, city or
 * district; a street officer at a street (township); a committee worker at a community (village); leaders
 * and residents at a street or community. The administrators see the platform and have no region.
 */
export const regionLevelsOfRole: Record<Role, readonly RegionLevel[]> = {
  sys_admin: [],
  audit_admin: [],
  civil_affairs: [1, 2, 3],
  street_officer: [4],
  committee_worker: [5],
  org_leader: [4, 5],
  resident: [4, 5],
};

export const userStatuses = ['active', 'disabled'] as const;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(roles),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  status: z.enum(userStatuses),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);

export const createUserBody = z
  .object({
    username: usernameSchema,
    displayName: text(50),
    role: z.enum(roles),
    regionCode: regionCodeSchema.nullable().optional(),
    password: newPasswordSchema,
  })
  .superRefine((body, context) => {
    const scoped = regionScopedRoles.includes(body.role);
    if (scoped && !body.regionCode) context.addIssue({ code: 'custom', path: ['regionCode'], message: userCheckKeys.regionRequired });
    if (!scoped && body.regionCode) context.addIssue({ code: 'custom', path: ['regionCode'], message: userCheckKeys.noRegionForRole });
  });
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z.object({
  status: z.enum(userStatuses).optional(),
  displayName: text(50).optional(),
  version: z.number().int(),
});
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const userListQuery = pageQuery.extend({
  q: z.string().trim().max(50).optional(),
  role: z.enum(roles).optional(),
  status: z.enum(userStatuses).optional(),
});
export type UserListQuery = z.infer<typeof userListQuery>;
