// fast-check arbitraries for `GET sessions` answers: valid sessions, terminal ones and broken ones,
// each tagged with what the page must do with it, so a property can say exactly which rows appear
// without re-implementing the checks under test.
import fc from 'fast-check';
import { ACTIVE_STATES, CHANNELS, SESSION_STATES, TERMINAL_STATES } from '../src/contract/dispatcher-api';

/** What the page must do with an item: show it, leave it out silently (ended), or count it as broken. */
export type Verdict = 'active' | 'terminal' | 'broken';

export interface TaggedItem {
  value: unknown;
  verdict: Verdict;
  /** The session id, for valid items. */
  id?: string;
}

/** Markup and script-looking text: must never matter to the checks. */
const MARKUP = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=2">',
  '"><svg onload=window.__xss=3>',
  '{{constructor.constructor("x")()}}',
  '\u0000\u202e\ud83d\ude00',
];

/** Very long text: 2,000 to 40,000 characters. */
export const hugeText = fc
  .tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 2_000, max: 10_000 }))
  .map(([part, times]) => part.repeat(times));

/** Any text a server might put in a free-text field, empty included. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: hugeText },
);

const nonEmpty = (text: fc.Arbitrary<string>) => text.filter((value) => value.length > 0);

/** Ids from a small pool (so duplicates are common), or any non-empty text. */
export const sessionId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('ses_1', 'ses_2', 'ses_3', 'ses_4', 'ses_5') },
  { weight: 2, arbitrary: nonEmpty(fc.string({ maxLength: 24 })) },
  { weight: 1, arbitrary: nonEmpty(anyText) },
);

const ref = fc.record({ id: nonEmpty(anyText), name: anyText });

/** A timestamp the contract allows (ISO-8601). */
export const isoDate = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Something in `startedAt` that is not an ISO-8601 timestamp. */
export const badDate = fc.oneof(
  fc.constantFrom(
    'soon',
    '',
    'yesterday',
    '2024-13-01T00:00:00Z',
    '2024-01-01Tnope',
    '2024-01-01T25:00:00Z',
    '2024-1-1T00:00:00Z',
    '01/02/2024',
    'Tue, 01 Jan 2024 00:00:00 GMT',
  ),
  fc.string({ maxLength: 30 }).filter((value) => !/^\d{4}-\d{2}-\d{2}T/.test(value)),
  fc.constantFrom(1_700_000_000_000, null, true, {}, []),
);

/** Absent, null or empty: all mean "no value" for phone and email. */
const noText = fc.constantFrom(undefined, null, '');

const contact = fc
  .record({
    kind: fc.constantFrom('phone', 'email', 'both'),
    phone: nonEmpty(anyText),
    email: nonEmpty(anyText),
    none: noText,
    businessPartner: fc.option(ref, { nil: null }),
    omitPartner: fc.boolean(),
  })
  .map(({ kind, phone, email, none, businessPartner, omitPartner }) => {
    const value: Record<string, unknown> = {};
    const set = (key: string, text: unknown) => {
      if (text !== undefined) value[key] = text;
    };
    set('phone', kind === 'email' ? none : phone);
    set('email', kind === 'phone' ? none : email);
    if (!omitPartner) value.businessPartner = businessPartner;
    return value;
  });

const CONTRACT_KEYS = ['id', 'channel', 'contact', 'state', 'startedAt', 'agent', '__proto__'];
const extraKey = fc.string({ maxLength: 8 }).filter((key) => !CONTRACT_KEYS.includes(key));

/** A session the contract allows, in the given states. */
function validSession(states: readonly string[]) {
  return fc
    .record({
      id: sessionId,
      channel: fc.constantFrom(...CHANNELS),
      contact,
      state: fc.constantFrom(...states),
      startedAt: isoDate,
      agent: fc.option(ref, { nil: null }),
      omitAgent: fc.boolean(),
      extra: fc.option(fc.dictionary(extraKey, fc.jsonValue({ maxDepth: 1 })), { nil: undefined }),
    })
    .map(
      ({ omitAgent, agent, extra, ...session }): Record<string, unknown> => ({
        // Fields the contract does not name are ignored, whatever they hold.
        ...(extra ?? {}),
        ...session,
        ...(omitAgent ? {} : { agent }),
      }),
    );
}

type Mutation = (session: Record<string, unknown>) => unknown;

const without =
  (key: string): Mutation =>
  (session) => {
    const copy = { ...session };
    delete copy[key];
    return copy;
  };

const withField =
  (key: string, value: unknown): Mutation =>
  (session) => ({ ...session, [key]: value });

const withContact =
  (patch: Record<string, unknown>): Mutation =>
  (session) => ({ ...session, contact: { ...(session.contact as object), ...patch } });

const unknownState = fc.oneof(
  fc.constantFrom('with_agent', 'CLOSED', 'PENDING', 'Resolved', ' OPEN', ''),
  fc.string({ maxLength: 12 }).filter((value) => !(SESSION_STATES as readonly string[]).includes(value)),
);

/** One way of breaking the contract, applied to an otherwise valid session. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constantFrom<unknown>(null, 42, 'session', [], true).map(
    (junk): Mutation =>
      () =>
        junk,
  ),
  fc.constantFrom<Mutation>(without('id'), withField('id', ''), withField('id', 7), withField('id', null)),
  fc.constantFrom<Mutation>(
    without('contact'),
    withField('contact', null),
    withField('contact', 'x'),
    withField('contact', []),
  ),
  fc.oneof(
    fc.constant(without('state')),
    fc.constant(withField('state', 7)),
    unknownState.map((state) => withField('state', state)),
  ),
  fc.oneof(
    fc.constant(without('channel')),
    fc
      .constantFrom<unknown>('SMS', 'whatsapp', 'Email', null, 1)
      .map((channel) => withField('channel', channel)),
  ),
  fc.oneof(
    fc.constant(without('startedAt')),
    badDate.map((date) => withField('startedAt', date)),
  ),
  fc
    .tuple(noText, noText)
    .map(([phone, email]) => withContact({ phone: phone ?? undefined, email: email ?? undefined })),
  fc.constantFrom<unknown>(447700900123, {}, ['+44']).map((phone) => withContact({ phone })),
  fc.constantFrom<unknown>(1, { address: 'a@b.example' }).map((email) => withContact({ email })),
  fc
    .constantFrom<unknown>('BP-1', { id: '', name: 'x' }, { id: 'x' }, { id: 1, name: 'x' }, [])
    .map((businessPartner) => withContact({ businessPartner })),
  fc
    .constantFrom<unknown>('Sam', { name: 'Sam' }, { id: 'a', name: 5 }, { id: '', name: 'x' }, [])
    .map((agent) => withField('agent', agent)),
);

const activeItem: fc.Arbitrary<TaggedItem> = validSession(ACTIVE_STATES).map((value) => ({
  value,
  verdict: 'active',
  id: value.id as string,
}));

const terminalItem: fc.Arbitrary<TaggedItem> = validSession(TERMINAL_STATES).map((value) => ({
  value,
  verdict: 'terminal',
  id: value.id as string,
}));

const brokenItem: fc.Arbitrary<TaggedItem> = fc
  .tuple(validSession(SESSION_STATES), mutation)
  .map(([session, mutate]) => ({ value: mutate(session), verdict: 'broken' }));

/** A list of items mixing valid, ended and broken sessions. */
export const taggedItems = (maxLength = 30) =>
  fc.array(
    fc.oneof(
      { weight: 5, arbitrary: activeItem },
      { weight: 2, arbitrary: terminalItem },
      { weight: 3, arbitrary: brokenItem },
    ),
    { maxLength },
  );

/** The page facts around the items, sometimes missing or wrong: they must never matter to the rows. */
export const pageFacts = fc.record({
  nextCursor: fc.constantFrom<unknown>(null, undefined, '', 'cursor-2', 42),
  total: fc.constantFrom<unknown>(undefined, null, -1, 1.5, '12', 0, 12),
  counts: fc.oneof(
    fc.constantFrom<unknown>(undefined, null, 'many', {}),
    fc.record({
      OPEN: fc.nat(9),
      ACTIVE: fc.nat(9),
      AWAITING_USER: fc.nat(9),
      PROCESSING: fc.nat(9),
      WITH_AGENT: fc.nat(9),
    }),
  ),
  serverTime: fc.oneof(isoDate, badDate),
});

/** What the page must show for these items: the first valid, non-ended copy of each id, in order. */
export function expectedOutcome(items: readonly TaggedItem[]): { ids: string[]; rejected: number } {
  const ids: string[] = [];
  let rejected = 0;
  for (const item of items) {
    if (item.verdict === 'broken') rejected += 1;
    else if (item.verdict === 'active') {
      if (ids.includes(item.id as string)) rejected += 1;
      else ids.push(item.id as string);
    }
  }
  return { ids, rejected };
}

/** A `GET sessions` body holding the items and the page facts (absent facts left out). */
export function pageBody(
  items: readonly TaggedItem[],
  facts: Record<string, unknown>,
): Record<string, unknown> {
  const body: Record<string, unknown> = { items: items.map((item) => item.value) };
  for (const [key, value] of Object.entries(facts)) if (value !== undefined) body[key] = value;
  return body;
}
