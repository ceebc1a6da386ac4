// Property-based checks of the page's data layer: whatever a dispatcher sends, checkSessionPage never
// throws on the items, never lets an ended session through, shows exactly the valid rows and counts
// the rest.
import fc from 'fast-check';
import { ACTIVE_STATES } from '../contract/dispatcher-api';
import { anyText, expectedOutcome, pageBody, pageFacts, taggedItems } from '../../test/session-arbitraries';
import { contactLabel } from '../session/display';
import { checkSessionPage, ContractError } from './answers';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

describe('checkSessionPage with generated answers', () => {
  it('shows exactly the valid, non-ended first copy of each session and counts the rest', () => {
    fc.assert(
      fc.property(taggedItems(), pageFacts, (items, facts) => {
        const page = checkSessionPage(pageBody(items, facts), NOW);
        const expected = expectedOutcome(items);
        expect(page.rows.map((row) => row.id)).toEqual(expected.ids);
        expect(page.rejected).toBe(expected.rejected);
      }),
      { numRuns: 400 },
    );
  });

  it('never passes on an ended or unknown state, a bad date or a row without contact', () => {
    fc.assert(
      fc.property(taggedItems(), pageFacts, (items, facts) => {
        const page = checkSessionPage(pageBody(items, facts), NOW);
        for (const row of page.rows) {
          expect(ACTIVE_STATES).toContain(row.state);
          expect(Number.isFinite(row.startedAtMs)).toBe(true);
          expect(contactLabel(row).length).toBeGreaterThan(0);
          expect(['WHATSAPP', 'EMAIL']).toContain(row.channel);
        }
        // The page facts are either sound or absent, whatever was sent.
        expect(page.total === null || (Number.isInteger(page.total) && page.total >= 0)).toBe(true);
        expect(Number.isFinite(page.clockOffsetMs)).toBe(true);
        expect(page.nextCursor === null || page.nextCursor.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every shown text exactly as sent, huge and markup-like included', () => {
    fc.assert(
      fc.property(taggedItems(), (items) => {
        const page = checkSessionPage(pageBody(items, {}), NOW);
        for (const row of page.rows) {
          const source = items.find((item) => item.verdict === 'active' && item.id === row.id)?.value as {
            contact: { phone?: string; email?: string; businessPartner?: { name: string } | null };
            agent?: { name: string } | null;
          };
          expect(row.phone ?? '').toBe(source.contact.phone || '');
          expect(row.email ?? '').toBe(source.contact.email || '');
          expect(row.businessPartner?.name ?? null).toBe(source.contact.businessPartner?.name ?? null);
          expect(row.agent?.name ?? null).toBe(source.agent?.name ?? null);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on items of any shape', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ withNullPrototype: true, withBoxedValues: true })), (items) => {
        const page = checkSessionPage({ items }, NOW);
        expect(page.rows.length + page.rejected).toBeLessThanOrEqual(items.length);
        expect(new Set(page.rows.map((row) => row.id)).size).toBe(page.rows.length);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a body that is not a page with a ContractError, and nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), anyText, fc.record({ items: fc.anything() })), (body) => {
        const isPage = isRecord(body) && Array.isArray(body.items);
        let thrown: unknown;
        try {
          checkSessionPage(body, NOW);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toEqual(isPage ? undefined : expect.any(ContractError));
      }),
      { numRuns: 300 },
    );
  });
});
