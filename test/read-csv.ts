// A small RFC 4180 reader for the tests of the exported files, written apart from the module's writer:
// records end in CRLF, a quoted field runs to its closing quote (a doubled quote inside is one quote),
// anything else runs to the next comma or CRLF; a bare quote, CR or LF there is an error.
// Node's own TextDecoder: jsdom's test environment has none.
import { TextDecoder } from 'node:util';

const CRLF = '\r\n';
const BOM = '\uFEFF';

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at += 1;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error(`unclosed quote at ${at}`);
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at += 1;
      }
    } else {
      const ends = [text.indexOf(',', at), text.indexOf(CRLF, at)].filter((i) => i >= 0);
      const end = ends.length ? Math.min(...ends) : text.length;
      field = text.slice(at, end);
      if (/["\r\n]/.test(field)) throw new Error(`bare quote, CR or LF in an unquoted field: ${field}`);
      at = end;
    }
    fields.push(field);
    if (text.startsWith(',', at)) at += 1;
    else if (text.startsWith(CRLF, at)) {
      records.push(fields);
      fields = [];
      at += 2;
    } else throw new Error(`a field ends with neither a comma nor CRLF at ${at}`);
  }
  if (fields.length) throw new Error('the last record has no CRLF');
  return records;
}

/** A Blob's bytes, read as a page reads them (jsdom's Blob has no arrayBuffer()). */
export function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** A file's bytes as UTF-8 text, its byte order mark kept (a test checks it is there). */
export function utf8(bytes: Uint8Array | ArrayBuffer): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** The records of a file that starts with a byte order mark, as objects by the header's names. */
export function csvObjects(text: string): Array<Record<string, string>> {
  if (!text.startsWith(BOM)) throw new Error('no byte order mark');
  const [header = [], ...rows] = parseCsv(text.slice(BOM.length));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** The header's names of a file that starts with a byte order mark. */
export function csvHeader(text: string): string[] {
  return parseCsv(text.slice(BOM.length))[0] ?? [];
}
