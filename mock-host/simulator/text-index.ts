// Substring search over the contact fields of many records at once. Their lower-case fields are
// joined into one string that `indexOf` runs through; on tens of thousands of records that is several
// times faster than an `includes` per record, whose strings lie scattered in memory. Agent names are
// searched in `agent-index.ts` instead: a release changes them, and this text is built once.

const RECORD_END = '\u0000';
const FIELD_END = '\u0001';

export interface SearchFields {
  phone: string;
  email: string;
  partner: string;
}

interface Joined {
  text: string;
  /** Offset where each record starts, then the length of `text`. */
  starts: Int32Array;
}

function join(count: number, textOf: (index: number) => string): Joined {
  const starts = new Int32Array(count + 1);
  const parts: string[] = [];
  let offset = 0;
  for (let index = 0; index < count; index++) {
    const part = textOf(index) + RECORD_END;
    starts[index] = offset;
    parts.push(part);
    offset += part.length;
  }
  starts[count] = offset;
  return { text: parts.join(''), starts };
}

/** The record whose text holds `offset`. */
function recordAt(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function markHits({ text, starts }: Joined, needle: string, hits: Uint8Array): void {
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at === -1) return;
    const record = recordAt(starts, at);
    hits[record] = 1;
    // One hit is enough: go on from the next record.
    from = starts[record + 1] ?? text.length;
  }
}

/** What a search looks for: `q` in lower case, without the separators, which cannot be searched for. */
export function searchNeedle(q: string): string {
  return q.toLowerCase().replaceAll(RECORD_END, '').replaceAll(FIELD_END, '');
}

/**
 * Whether one record holds `q` as `TextIndex.find` would say: for the few records listed after the
 * index was built, which are searched one by one until it is built again.
 */
export function recordMatches(record: SearchFields, q: string): boolean {
  const needle = searchNeedle(q);
  if (needle === '') return true;
  const { phone, email, partner } = record;
  if ((phone + FIELD_END + email + FIELD_END + partner).toLowerCase().includes(needle)) return true;
  const compact = needle.replace(/\s+/g, '');
  return compact !== '' && phone.replace(/\s+/g, '').includes(compact);
}

export class TextIndex {
  private readonly fields: Joined;
  /** Phones without spaces, so `7700900123` finds `+44 7700 900123`. */
  private readonly phones: Joined;
  readonly size: number;

  constructor(records: readonly SearchFields[]) {
    this.size = records.length;
    const record = (index: number) => records[index] as SearchFields;
    // Lower-cased record by record: one call on the whole text is slower once it holds non-Latin names.
    this.fields = join(records.length, (index) => {
      const { phone, email, partner } = record(index);
      return (phone + FIELD_END + email + FIELD_END + partner).toLowerCase();
    });
    this.phones = join(records.length, (index) => record(index).phone.replace(/\s+/g, ''));
  }

  /** Positions of the records whose phone, email or partner name holds `q`, ignoring case, ascending. */
  find(q: string): number[] {
    // Without the separators, no match spans two fields or records.
    const needle = searchNeedle(q);
    const found: number[] = [];
    if (needle === '') {
      for (let i = 0; i < this.size; i++) found.push(i);
      return found;
    }
    const hits = new Uint8Array(this.size);
    markHits(this.fields, needle, hits);
    const compact = needle.replace(/\s+/g, '');
    if (compact !== '') markHits(this.phones, compact, hits);
    for (let i = 0; i < hits.length; i++) if (hits[i]) found.push(i);
    return found;
  }
}
