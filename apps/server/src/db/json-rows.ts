import { sql, type SQL } from 'drizzle-orm';

/**
 * Many rows or values as one jsonb parameter, for `jsonb_to_recordset` / `jsonb_array_elements_text`: a statement
 * takes at most 65,535 parameters, and one parameter is far cheaper to send than thousands.
 */
export const jsonRows = (value: unknown): SQL => sql`${JSON.stringify(value)}::jsonb`;
