// CSV as RFC 4180 writes it, for spreadsheet programs: CRLF after every record, a field quoted when it
// holds a comma, a quote, CR or LF, its quotes doubled; UTF-8 with a byte order mark, so Excel reads
// umlauts as umlauts. Pure.

/** The byte order mark: without it Excel reads a UTF-8 file in the machine's legacy code page. */
export const BOM = '\uFEFF';

/** RFC 4180's record separator. */
export const CRLF = '\r\n';

/** The file's media type (RFC 7111), UTF-8. */
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** What a spreadsheet takes as the start of a formula (or of a cell it parses as one after a tab or CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What makes a field need quotes. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * The cell neutralised against CSV (formula) injection. A cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is run by spreadsheet programs as a formula (`=HYPERLINK(…)`,
 * `+cmd|' /C calc'!A0`), so it gets a single quote in front, as OWASP's "CSV Injection" advice says:
 * the program then shows it as text, and the quote tells a reader of the raw file what was done. Every
 * cell goes through this, whatever its column: contact data and names come from outside and are
 * treated as hostile. A phone number written `+49 …` therefore reads `'+49 …` in the raw file (a
 * spreadsheet shows `+49 …`).
 */
export function neutralised(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, neutralised, then quoted when RFC 4180 needs it (its quotes doubled). */
export function csvField(text: string): string {
  const safe = neutralised(text);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record: its fields, separated by commas, ended by CRLF. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + CRLF;
}

/** A column of a file: its name, and its value for an item. */
export interface CsvColumn<T> {
  name: string;
  value: (item: T) => string;
}

/** The header record of `columns`. */
export function csvHeader<T>(columns: readonly CsvColumn<T>[]): string {
  return csvRecord(columns.map((column) => column.name));
}

/** The records of `items`, as one string. */
export function csvRecords<T>(columns: readonly CsvColumn<T>[], items: readonly T[]): string {
  let text = '';
  for (const item of items) text += csvRecord(columns.map((column) => column.value(item)));
  return text;
}

/**
 * The whole file: the byte order mark, the header and the records, in the parts they were made in
 * (text, or Blobs made of it already: then the file only joins them, with no text to encode).
 */
export function csvBlob(header: string, parts: readonly (string | Blob)[]): Blob {
  return new Blob([BOM, header, ...parts], { type: CSV_TYPE });
}
