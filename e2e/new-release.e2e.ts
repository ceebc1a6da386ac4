// A new release of the remote published while the console has the page open, in Chromium through the
// mock console: the old release's on-demand files are gone from the remote's server (404) or answer
// 503 for a moment. Release never becomes a button that does nothing: a file that failed once is
// fetched again and the dialog opens; one that is gone is told ("This page was updated. Reload to
// continue.") with a Reload that loads the console again, and a later click tries again. A German
// catalog that is gone leaves the page in English, saying so. (The page's stylesheet gone is the host
// matrix's, in a console whose federation runtime adds the page's <link> itself.)
import { isSameDocument, markDocument, releasableRow, settledRows } from './support/reliability';
import { ACTIVE_SESSIONS } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(60_000);

const suite = stackPerFile();

/** The release code's chunk, by the name every release gives it (its hash changes). */
const RELEASE_CODE = /\/on-demand-release\.[0-9a-f]+\.js$/;
const GERMAN = /\/i18n-de\.[0-9a-f]+\.js$/;

const asked = (pattern: RegExp) =>
  suite.stack.host.remoteRequests().filter((path) => pattern.test(path)).length;

afterEach(() => suite.stack.host.remoteFaults.reset());

const updated = 'This page was updated. Reload to continue.';

test('the release code gone: Release says the page was updated with a Reload, a later click tries again, Reload loads the console again', async () => {
  suite.stack.host.remoteFaults.fail(RELEASE_CODE, 404);
  const { page, uncaught } = await suite.open();
  await settledRows(page);
  await markDocument(page);
  const before = asked(RELEASE_CODE);
  const target = await releasableRow(page);
  await target.button.click();
  const notice = page.getByRole('alert').filter({ hasText: updated });
  await notice.waitFor();
  // Asked for three times: once, then twice again after a short wait each.
  expect(asked(RELEASE_CODE) - before).toBe(3);
  expect(await page.getByRole('dialog').count()).toBe(0);

  // Not a dead button: clicked again, the file is asked for again, and the page says so again.
  await target.button.click();
  await notice.waitFor({ state: 'detached' });
  await notice.waitFor();
  expect(asked(RELEASE_CODE) - before).toBe(6);

  // Reload loads the console again, with whatever the remote now serves: the page, and Release works.
  await suite.stack.host.remoteFaults.reset();
  await notice.getByRole('button', { name: 'Reload' }).click();
  await page.waitForFunction(() => !(window as unknown as { __marker?: number }).__marker);
  expect(await isSameDocument(page)).toBe(false);
  await settledRows(page);
  await (await releasableRow(page)).button.click();
  await page.getByRole('dialog', { name: 'Release session' }).waitFor();
  expect(uncaught).toEqual([]);
});

test('the release code answering 503 once: fetched again, and the dialog opens without a word', async () => {
  suite.stack.host.remoteFaults.fail(RELEASE_CODE, 503, { times: 1 });
  const { page, uncaught } = await suite.open();
  await settledRows(page);
  const before = asked(RELEASE_CODE);
  await (await releasableRow(page)).button.click();
  await page.getByRole('dialog', { name: 'Release session' }).waitFor();
  expect(asked(RELEASE_CODE) - before).toBe(2);
  expect(await page.getByTestId('reload-notice').count()).toBe(0);
  expect(uncaught).toEqual([]);
});

test('the German catalog gone: the page is in English and says so, with a Reload', async () => {
  suite.stack.host.remoteFaults.fail(GERMAN, 404);
  const before = asked(GERMAN);
  const { page, uncaught } = await suite.open(`${ACTIVE_SESSIONS}?language=de`);
  await settledRows(page);
  await page.getByRole('heading', { level: 1, name: 'Active Sessions' }).waitFor();
  const notice = page.getByTestId('reload-notice');
  expect(await notice.getAttribute('role')).toBe('status');
  expect(await notice.locator('p').textContent()).toBe(
    'This page was updated and its German words could not be loaded, so it is shown in English. Reload to continue in German.',
  );
  await notice.getByRole('button', { name: 'Reload' }).waitFor();
  expect(asked(GERMAN) - before).toBe(3);
  expect(uncaught).toEqual([]);
});
