// Without Chromium the browser suite fails with one line saying how to install it: never a skip.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

it('fails the browser suite with an install hint when Chromium is missing', () => {
  const root = path.resolve(__dirname, '..');
  const run = spawnSync(
    path.join(root, 'node_modules/.bin/jest'),
    ['--selectProjects', 'e2e', '--runInBand'],
    {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: path.join(root, 'no-such-chromium') },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  expect(run.status).not.toBe(0);
  const hint = run.stderr.split('\n').filter((line) => line.includes('apt-get install -y chromium'));
  expect(hint).toEqual([
    `Chromium not found at ${path.join(root, 'no-such-chromium')}: install it with \`apt-get update && apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
  ]);
  expect(run.stderr).not.toMatch(/\bat assertChromium\b/);
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/skipped/i);
});
