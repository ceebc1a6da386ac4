import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { LAYOUT_ATTRIBUTE, useFitLayout } from './fit-layout';

// jsdom lays nothing out: the widths the browser would measure are set by hand, and a stand-in
// ResizeObserver reports them when the test says the browser has laid the page out again.
const observers = new Set<() => void>();
class FakeResizeObserver {
  constructor(private readonly callback: () => void) {}
  observe() {
    observers.add(this.callback);
  }
  disconnect() {
    observers.delete(this.callback);
  }
}

/**
 * The box `available` wide, and the table as wide as each layout needs it (a number: every layout
 * alike); as cards, never wider than its box.
 */
function setWidths(
  box: HTMLElement,
  table: HTMLElement,
  available: number,
  needed: number | { lines: number; 'two-lines': number },
) {
  Object.defineProperty(box, 'clientWidth', { configurable: true, value: available });
  Object.defineProperty(table, 'offsetWidth', {
    configurable: true,
    get: () => {
      const layout = box.getAttribute(LAYOUT_ATTRIBUTE) ?? 'lines';
      if (layout === 'cards') return Math.min(available, typeof needed === 'number' ? needed : available);
      return typeof needed === 'number' ? needed : needed[layout as 'lines' | 'two-lines'];
    },
  });
  act(() => {
    for (const callback of [...observers]) callback();
  });
}

function Harness() {
  const box = useRef<HTMLElement>(null);
  const table = useRef<HTMLTableElement>(null);
  useFitLayout(box, table);
  return (
    <section ref={box} data-testid="box">
      <table ref={table} data-testid="table" />
    </section>
  );
}

beforeAll(() => {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = FakeResizeObserver;
});
afterAll(() => {
  delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
});

describe('useFitLayout', () => {
  it('steps down to two lines a row, then to cards, while the table would overflow, and back up once it fits', () => {
    const { getByTestId, unmount } = render(<Harness />);
    const box = getByTestId('box');
    const table = getByTestId('table');
    const needs = { lines: 960, 'two-lines': 760 };
    setWidths(box, table, 1000, needs);
    expect(box).not.toHaveAttribute(LAYOUT_ATTRIBUTE);

    // One line a row needs 960: two lines a row, measured at once, fit in 900.
    setWidths(box, table, 900, needs);
    expect(box).toHaveAttribute(LAYOUT_ATTRIBUTE, 'two-lines');
    // Two lines a row need 760: cards, in the same turn (the table's width need not change).
    setWidths(box, table, 700, needs);
    expect(box).toHaveAttribute(LAYOUT_ATTRIBUTE, 'cards');
    setWidths(box, table, 500, { lines: 700, 'two-lines': 700 });
    expect(box).toHaveAttribute(LAYOUT_ATTRIBUTE, 'cards');

    // As cards the table is as wide as its box; it goes back to the widest layout that had room.
    setWidths(box, table, 740, needs);
    expect(box).toHaveAttribute(LAYOUT_ATTRIBUTE, 'cards');
    setWidths(box, table, 800, needs);
    expect(box).toHaveAttribute(LAYOUT_ATTRIBUTE, 'two-lines');
    setWidths(box, table, 1000, needs);
    expect(box).not.toHaveAttribute(LAYOUT_ATTRIBUTE);
    unmount();
    expect(observers.size).toBe(0);
  });

  it('starts the next page in the layout the last one ended in, before anything is measured', () => {
    const first = render(<Harness />);
    setWidths(first.getByTestId('box'), first.getByTestId('table'), 500, 760);
    setWidths(first.getByTestId('box'), first.getByTestId('table'), 500, 600);
    expect(first.getByTestId('box')).toHaveAttribute(LAYOUT_ATTRIBUTE, 'cards');
    first.unmount();
    const second = render(<Harness />);
    expect(second.getByTestId('box')).toHaveAttribute(LAYOUT_ATTRIBUTE, 'cards');
    setWidths(second.getByTestId('box'), second.getByTestId('table'), 1200, 1200);
    expect(second.getByTestId('box')).not.toHaveAttribute(LAYOUT_ATTRIBUTE);
  });
});
