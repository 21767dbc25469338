/** RFC 4180 CSV, with a byte-order mark so Excel opens Chinese text as UTF-8. */

export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  // A leading =, +, - or @ makes spreadsheets evaluate the cell as a formula; neutralise it.
  // Numbers are exempt: a negative number is data.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function buildCsv(rows: readonly (readonly (string | number | undefined | null)[])[], bom = true): string {
  return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
