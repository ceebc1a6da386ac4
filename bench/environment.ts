// Where the figures were taken: they only compare with figures of the same machine and versions.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Environment {
  date: string;
  cpus: { count: number; model: string };
  memoryGb: number;
  platform: string;
  /** 1-minute load average when the bench started: others' work on a shared machine skews timings. */
  loadAverage: number;
  node: string;
  chromium: string;
  packages: Record<string, string>;
}

const PACKAGES = [
  'react',
  'react-dom',
  '@module-federation/enhanced',
  '@rspack/core',
  'single-spa',
  'playwright-core',
];

function installedVersion(name: string): string {
  const file = path.resolve(__dirname, '../node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export function describeEnvironment(chromium: string, loadAverage: number): Environment {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cpus: { count: cpus.length, model: cpus[0]?.model.trim() ?? 'unknown' },
    memoryGb: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
    platform: `${os.platform()} ${os.arch()}`,
    loadAverage,
    node: process.version,
    chromium,
    packages: Object.fromEntries(PACKAGES.map((name) => [name, installedVersion(name)])),
  };
}
