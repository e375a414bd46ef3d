import { sql, type SQL } from 'drizzle-orm';

/**
 * Many rows or values as one jsonb parameter, for `jsonb_to_recordset` / `jsonb_array_elements_text`: a statement
 * takes at most 65,535 parameters, and one parameter is far cheaper to send than thousands.
 */
export const jsonRows = (value: unknown): SQL => sql`${JSON.stringify(value)}::jsonb`;

/**
 * A column of a bulk write: its name, how its text in the tuple becomes its value (`$` stands for that text), and
 * the field of a row it takes.
 */
export type TupleColumn<Row> = readonly [name: string, expression: string, field: keyof Row & string];

/**
 * Rows as one jsonb parameter of arrays, each in the columns' order (`convert` turns a field's value into what
 * travels): without the keys repeated on every row the parameter is half the size, and PGlite sends and parses it
 * in half the time of `jsonRows` objects (1.0 s against 2.2 s for 100,000 organizations). `tupleSelect` reads it.
 */
export function jsonTuples<Row>(columns: readonly TupleColumn<Row>[], rows: readonly Row[], convert = (value: unknown) => value): SQL {
  return sql`${JSON.stringify(rows.map((row) => columns.map(([, , field]) => convert(row[field]))))}::jsonb`;
}

/**
 * `SELECT <each column's expression> FROM jsonb_array_elements(<tuples>)`, in the columns' order; `named` gives each
 * value its column's name, for a statement that reads them by name (UPDATE … FROM).
 */
export function tupleSelect<Row>(columns: readonly TupleColumn<Row>[], tuples: SQL, named = false): SQL {
  const values = columns.map(([name, expression], i) => `${expression.replace('$', `(e->>${i})`)}${named ? ` AS ${name}` : ''}`);
  return sql`SELECT ${sql.raw(values.join(', '))} FROM jsonb_array_elements(${tuples}) AS e`;
}

/** `INSERT INTO <table> (<columns>) SELECT … FROM <rows as tuples>`. */
export function insertTuples<Row>(table: string, columns: readonly TupleColumn<Row>[], tuples: SQL): SQL {
  return sql`INSERT INTO ${sql.raw(table)} (${sql.raw(columns.map(([name]) => name).join(', '))}) ${tupleSelect(columns, tuples)}`;
}

/** A text[] as PostgreSQL's array literal, to travel as text inside a tuple. */
export const textArrayLiteral = (values: readonly string[] | null | undefined) =>
  values ? `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}` : null;
