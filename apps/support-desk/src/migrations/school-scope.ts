/** A school-scoped member sees only their schools' rows, in SQL as well as in code. */
export const schoolScope = (schema: string, table: string) => [
  `CREATE POLICY ${table}_school_scope ON ${schema}.${table} AS RESTRICTIVE TO ${schema}_app
     USING (coalesce(current_setting('app.school_ids', true), '') = '' OR school_id = ANY (string_to_array(current_setting('app.school_ids', true), ',')::uuid[]))`,
];
