/** A string a spreadsheet would read as a number: left as it is, so `-3` stays a number. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** What Excel and Sheets take as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Any list as CSV (RFC 4180 quoting), for the "Export CSV" buttons. A text cell that a spreadsheet would run as a
 * formula (a ticket subject of `=HYPERLINK(…)`) gets a leading `'`, so it opens as the text it is.
 */
export function toCsv<T>(rows: T[], columns: [string, (row: T) => unknown][]): string {
  const cell = (v: unknown) => {
    let text = v === null || v === undefined ? '' : String(v);
    if (typeof v === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [
    columns.map(([name]) => cell(name)).join(','),
    ...rows.map((row) => columns.map(([, get]) => cell(get(row))).join(',')),
  ].join('\r\n');
}
