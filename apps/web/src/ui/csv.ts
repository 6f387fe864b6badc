/** Any list as CSV (RFC 4180 quoting), for the "Export CSV" buttons. */
export function toCsv<T>(rows: T[], columns: [string, (row: T) => unknown][]): string {
  const cell = (v: unknown) => {
    const text = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.map(([name]) => cell(name)).join(','), ...rows.map((row) => columns.map(([, get]) => cell(get(row))).join(','))].join('\r\n');
}
