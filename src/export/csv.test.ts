import { blobBytes, parseCsv, utf8 } from '../../test/read-csv';
import { BOM, CRLF, CSV_TYPE, type CsvColumn, csvBlob, csvHeader, csvRecords, neutralised } from './csv';

interface Row {
  name: string;
  note: string;
}
const columns: CsvColumn<Row>[] = [
  { name: 'Name', value: (row) => row.name },
  { name: 'Note, "quoted"', value: (row) => row.note },
];

/** Cells a spreadsheet runs as formulas, and cells that need RFC 4180's quoting. */
const hostile = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://example.test","x")',
  '+1',
  '-2',
  '@x',
  '\tx',
  '\rx',
  'say "hi"',
  'a, b',
  'two\nlines',
  'two\r\nlines',
  'Jürgen Weiß, Größe',
  '',
  'plain',
];
const FORMULA = /^[=+\-@\t\r]/;

const text = (blob: Blob) => blobBytes(blob).then(utf8);
const bytes = (blob: Blob) => blobBytes(blob).then((buffer) => [...new Uint8Array(buffer)]);

describe('the CSV of a file', () => {
  const rows: Row[] = hostile.map((cell, i) => ({ name: cell, note: hostile[hostile.length - 1 - i] ?? '' }));
  const file = () =>
    csvBlob(csvHeader(columns), [csvRecords(columns, rows.slice(0, 5)), csvRecords(columns, rows.slice(5))]);

  it('reads back as written: every cell, neutralised cells with a quote in front, the rest as they were', async () => {
    const written = await text(file());
    expect(written.startsWith(BOM)).toBe(true);
    const records = parseCsv(written.slice(BOM.length));
    expect(records[0]).toEqual(['Name', 'Note, "quoted"']);
    expect(records.slice(1)).toEqual(
      rows.map((row) => [row.name, row.note].map((cell) => (FORMULA.test(cell) ? `'${cell}` : cell))),
    );
    // Nothing read back starts as a formula would.
    for (const cell of records.flat()) expect(`${cell}: ${FORMULA.test(cell)}`).toBe(`${cell}: false`);
  });

  it('neutralises each cell that starts with =, +, -, @, a tab or a carriage return, and only those', () => {
    for (const cell of ["=cmd|' /C calc'!A0", '+1', '-2', '@x', '\tx', '\rx'])
      expect(neutralised(cell)).toBe(`'${cell}`);
    for (const cell of ['plain', ' =x', 'a=b', "'=x", '', 'Jürgen', '1-2'])
      expect(neutralised(cell)).toBe(cell);
  });

  it('ends every record with CRLF, quotes only the fields that need it, and doubles their quotes', () => {
    const records = csvRecords(columns, [
      { name: 'a, b', note: 'say "hi"' },
      { name: 'two\nlines', note: '\rx' },
      { name: 'plain', note: '+1' },
    ]);
    expect(records).toBe(`"a, b","say ""hi"""${CRLF}"two\nlines","'\rx"${CRLF}plain,'+1${CRLF}`);
  });

  it('is UTF-8 with a byte order mark, umlauts as UTF-8, and says so in its type', async () => {
    const blob = csvBlob(csvHeader([{ name: 'Größe', value: () => '' }]), []);
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await bytes(blob)).toEqual([
      0xef, 0xbb, 0xbf, 0x47, 0x72, 0xc3, 0xb6, 0xc3, 0x9f, 0x65, 0x0d, 0x0a,
    ]);
  });
});
