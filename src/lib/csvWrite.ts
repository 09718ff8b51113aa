/**
 * CSV for Dutch Excel, for every file the app hands out: `;` between fields (Excel in a Dutch
 * locale splits on it, and numbers need no quoting), a UTF-8 byte order mark so é, ë and ≥ survive
 * opening by double click, CRLF line ends.
 */
export const spreadsheetCsv = (lines: readonly (readonly string[])[]) =>
  `\uFEFF${lines.map((fields) => fields.map(csvField).join(';')).join('\r\n')}\r\n`

/**
 * Quotes when needed; text that Excel would run as a formula (a name such as "=1+1", or a value
 * from an imported file) stays text.
 */
export const csvField = (raw: string) => {
  const value = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}
