/**
 * CSV for a French spreadsheet: semicolon-separated (a French-locale Excel or
 * LibreOffice splits columns on ";", the comma being the decimal separator),
 * with a byte-order mark so that it is read as UTF-8, CRLF line ends, and
 * RFC 4180 quoting (a cell holding the separator, a quote or a line break is
 * quoted, quotes doubled): any strict CSV parser told the delimiter reads it back.
 */
export const CSV_SEPARATOR = ';';

export function toCsv(header: string[], rows: string[][], separator = CSV_SEPARATOR): string {
  const special = new RegExp(`["\\r\\n${separator}]`);
  const cell = (v: string) => (special.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(separator)).join('\r\n')}\r\n`;
}
