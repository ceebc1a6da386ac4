// The printed report (markdown, so it can go into the README as is) and the JSON file of figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bytes, type Figures, type Line } from './budgets';
import type { Environment } from './environment';
import type { Group } from './measure-bytes';
import { median } from './stats';

function table(header: string[], rows: string[][]): string {
  const escapeCell = (cell: string) => cell.replace(/\|/g, '\\|');
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ].join('\n');
}

export function describeMachine(env: Environment): string {
  const packages = Object.entries(env.packages)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return [
    `Date: ${env.date.slice(0, 16).replace('T', ' ')} UTC`,
    `Machine: ${env.cpus.count} × ${env.cpus.model}, ${env.memoryGb} GB, ${env.platform}, load average ${env.loadAverage} at start`,
    `Node ${env.node}, Chromium ${env.chromium} (headless)`,
    `Packages: ${packages}`,
  ].join('  \n');
}

export function budgetTable(lines: Line[]): string {
  return table(
    ['Measure', 'Module', 'Reference', 'Ratio', 'Budget', 'Result'],
    lines.map((line) => [
      line.measure,
      line.module,
      line.reference,
      line.ratio,
      line.budget,
      line.pass === null ? 'info' : line.pass ? 'PASS' : 'FAIL',
    ]),
  );
}

export function bytesTable(figures: Figures): string {
  const { bytes: sizes } = figures;
  const rows: string[][] = [];
  const add = (what: string, group: Group) => {
    for (const file of group.files) rows.push([what, file.file, bytes(file.raw), bytes(file.gzip)]);
  };
  add('menu entry', sizes.menuManifest);
  add('./manifest', sizes.manifestChunk);
  add('full entry', sizes.remoteEntry);
  add('slim entry', sizes.remoteEntrySlim);
  add('the page (./app)', sizes.pageChunks);
  rows.push([
    'route total, full entry (as budgeted)',
    sizes.route.files.map((file) => file.file).join(' + '),
    bytes(sizes.route.raw),
    bytes(sizes.route.gzip),
  ]);
  rows.push([
    'route total, slim entry (as budgeted)',
    sizes.routeSlim.files.map((file) => file.file).join(' + '),
    bytes(sizes.routeSlim.raw),
    bytes(sizes.routeSlim.gzip),
  ]);
  const transferred = (phase: 'boot' | 'route') =>
    sizes.browser[phase].map((t) => `${t.path.replace(/^\//, '')} ${bytes(t.body)}`).join(', ') || 'nothing';
  const sum = (phase: 'boot' | 'route') => sizes.browser[phase].reduce((total, t) => total + t.body, 0);
  rows.push([
    'in the browser (mock console, slim entry): start, menu drawn, route files fetched once idle',
    transferred('boot'),
    bytes(sum('boot')),
    'not compressed by the mock server',
  ]);
  rows.push([
    'in the browser: then opening the page',
    transferred('route'),
    bytes(sum('route')),
    'not compressed by the mock server',
  ]);
  return table(['Part', 'Files', 'Raw', 'Gzip (level 6)'], rows);
}

/** Where the time goes: medians of each point of the first-rows runs, ms from navigation. */
export function firstRowsTable(figures: Figures): string {
  const rows: string[][] = [];
  const point = (values: Array<number | null>) => {
    const known = values.filter((value): value is number => value !== null);
    return known.length ? median(known).toFixed(1) : '—';
  };
  for (const kind of ['warm', 'cold'] as const) {
    for (const size of ['small', 'large'] as const) {
      for (const [name, times] of Object.entries(figures[kind][size])) {
        const runs = times.runs;
        rows.push([
          `${kind}, ${size === 'small' ? '500' : '50,000'}`,
          { page: 'module', floor: 'bare floor', rich: 'rich floor' }[name] ?? name,
          point(runs.map((run) => run.requestMs)),
          point(runs.map((run) => run.answerMs)),
          point(runs.map((run) => run.appearedMs)),
          point(runs.map((run) => run.afterPaintMs)),
          point(runs.map((run) => run.paintedMs)),
          String(times.rows),
        ]);
      }
    }
  }
  return table(
    [
      'Run',
      'Page',
      'Request left',
      'Answer in',
      'First row in the document',
      'Frame rendered',
      'Rows painted',
      'Rows then',
    ],
    rows,
  );
}

export function simulatorTable(figures: Figures): string {
  return table(
    ['Query (50,000-session tenant)', 'Items', 'Total', 'Median', 'Min', 'Max'],
    figures.simulator.shapes.map((shape) => [
      shape.name,
      String(shape.items),
      String(shape.total),
      `${shape.time.median.toFixed(2)} ms`,
      `${shape.time.min.toFixed(2)} ms`,
      `${shape.time.max.toFixed(2)} ms`,
    ]),
  );
}

export function writeJson(dir: string, content: unknown, date: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${date.replace(/[:.]/g, '-')}.json`);
  const text = `${JSON.stringify(content, null, 2)}\n`;
  writeFileSync(file, text);
  writeFileSync(path.join(dir, 'latest.json'), text);
  return file;
}
