import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import { ACTIVE_STATES } from '../contract/dispatcher-api';
import { StateBadge } from './StateBadge';
import { STATE_TONES } from './states';

const css = readFileSync(path.join(__dirname, 'StateBadge.module.css'), 'utf8');

function tone(name: string): { text: string; bg: string } {
  const block = new RegExp(`\\.${name}\\s*{([^}]*)}`).exec(css)?.[1] ?? '';
  const value = (prop: string) => new RegExp(`${prop}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1] ?? '';
  return { text: value('--badge-text'), bg: value('--badge-bg') };
}

// WCAG 2.1 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('StateBadge', () => {
  it('gives each state the colour of the spec', () => {
    expect(Object.fromEntries(ACTIVE_STATES.map((s) => [s, STATE_TONES[s]]))).toEqual({
      OPEN: 'green',
      ACTIVE: 'green',
      AWAITING_USER: 'amber',
      PROCESSING: 'blue',
      WITH_AGENT: 'red',
    });
  });

  it.each(['green', 'amber', 'blue', 'red'])('%s text on its background meets WCAG AA (4.5:1)', (name) => {
    const { text, bg } = tone(name);
    expect(text).toMatch(/^#/);
    expect(bg).toMatch(/^#/);
    expect(contrast(text, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('says the state in words, so colour is not the only signal', () => {
    render(<StateBadge state="AWAITING_USER" />);
    expect(screen.getByText('Awaiting user')).toHaveAttribute('data-state', 'AWAITING_USER');
  });
});
