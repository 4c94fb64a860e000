// Offline use, updates and deployment (issue 15): the service worker stores the build on
// the first visit, the app then opens with the server gone, a new build is offered rather
// than mixed in, and the build works from a sub-path of a host. Each test has a server of
// its own, so that it can stop it or swap the build it serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, newContext, takeOverOnNavigation } from './harness.mjs';
import { serve } from './server.mjs';

const dist = path.join(root, 'dist');
const fixtures = path.join(root, 'tests/fixtures');

/** A fresh context with the service worker on, its page, and the errors it logs. */
async function visit(url, options = {}) {
  const context = await newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 720 }, ...options });
  const page = await context.newPage();
  takeOverOnNavigation(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  return { context, page, errors };
}

/** Waits until the service worker has stored the build and controls the page. */
async function stored(page) {
  // The worker takes control (clients.claim) only once it has stored every file.
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 30000, polling: 200 });
}

/** A copy of the build in a temporary folder, which a test may change. */
function copyOfBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-build-'));
  fs.cpSync(dist, dir, { recursive: true });
  return dir;
}

/** Rewrites `file` of a build, dropping its precompressed copies (now stale). */
function rewrite(dir, file, change) {
  const p = path.join(dir, file);
  fs.writeFileSync(p, change(fs.readFileSync(p, 'utf8')));
  for (const ext of ['.br', '.gz']) fs.rmSync(p + ext, { force: true });
}

test('visited once, the app opens with the server gone: reload, a deep link, its dialogs and the list', async () => {
  const server = await serve([['/', dist]]);
  const { context, page, errors } = await visit(server.url);
  await stored(page);
  await server.close();
  await context.setOffline(true);

  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('li.event').length > 10);

  await page.goto(`${server.url}?event=kirov-assassination`);
  await page.getByRole('complementary').waitFor();
  assert.equal(await page.locator('.panel h2').textContent(), 'Kirov assassinated');
  assert.match(await page.getByRole('complementary').textContent(), /Sources differ/);
  // Code that loads on demand was stored too.
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = page.getByRole('dialog', { name: 'Share this view' });
  await share.locator('svg').first().waitFor();
  await page.keyboard.press('Escape');
  await share.waitFor({ state: 'detached' });
  // Closed: focus is back on the button that opened it, and the keys are the page's again.
  await page.waitForFunction(() => document.activeElement?.classList.contains('share-button'));
  await page.keyboard.press('l');
  await page.locator('.list-toggle[aria-pressed="true"]').waitFor({ timeout: 5000 });
  // The list's code comes from the worker's copy of the build.
  await page.locator('.list-event').first().waitFor({ timeout: 10000 });
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), []);
  await context.close();
});

/** Whether the service worker's caches hold the catalogue of language `code`. */
const kept = (page, code) => page.evaluate(async (c) => {
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    if ((await cache.keys()).some((r) => r.url.endsWith(`/lang/${c}.ftl`))) return true;
  }
  return false;
}, code);

test('a language used once opens offline, and no other language is downloaded', async () => {
  const server = await serve([['/', dist]]);
  const { context, page, errors } = await visit(`${server.url}?lang=fr`);
  await stored(page);
  // French was fetched before the worker was there: the page names it and it is kept.
  await page.waitForFunction(async () => {
    for (const name of await caches.keys()) {
      if ((await (await caches.open(name)).keys()).some((r) => r.url.endsWith('/lang/fr.ftl'))) return true;
    }
    return false;
  }, null, { timeout: 10000, polling: 200 });
  assert.equal(await kept(page, 'en'), true, "the page's own language is stored with the build");
  assert.equal(await kept(page, 'de'), false, 'a language nobody chose is not downloaded');
  // Chosen from the menu while the worker is there: German is fetched and kept.
  await page.getByRole('button', { name: 'Langue de l’interface' }).click();
  await page.locator('#lang-list').getByRole('link', { name: 'Deutsch' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  assert.equal(await kept(page, 'de'), true);
  await server.close();
  await context.setOffline(true);

  await page.reload();
  await page.locator('header.top .share-button', { hasText: 'Teilen' }).waitFor();
  await page.goto(`${server.url}?lang=fr&event=kirov-assassination`);
  await page.locator('.panel h2', { hasText: 'Kirov assassinated' }).waitFor();
  await page.locator('header.top .share-button', { hasText: 'Partager' }).waitFor();
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(e)), []);
  await context.close();
});

test("a class's own dataset opened from the site is kept and opens during an outage", async () => {
  const server = await serve([['/fixtures/', fixtures], ['/', dist]]);
  const { context, page } = await visit(server.url);
  await stored(page);
  await page.goto(`${server.url}?data=fixtures/far-window.json`);
  await page.getByRole('link', { name: /The first event/ }).waitFor();
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('link', { name: /The first event/ }).waitFor();
  assert.equal(await page.locator('#start-error, .error-panel').count(), 0);
  await context.close();
});

test('a new build is offered as "A new version is available — reload", never mixed with the old', async () => {
  const dir = copyOfBuild();
  const server = await serve([['/', dir]]);
  const { context, page } = await visit(server.url);
  await stored(page);
  const next = () => page.evaluate(() => !!document.querySelector('meta[name=build][content=next]'));

  // The host now serves another build: another version of the worker and a changed page.
  rewrite(dir, 'sw.js', (s) => s.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-next'"));
  rewrite(dir, 'index.html', (s) => s.replace('<title>', '<meta name="build" content="next"><title>'));
  await page.reload();
  // The page still comes from the stored build until the reader accepts the new one.
  assert.equal(await next(), false);
  const notice = page.getByRole('status').filter({ hasText: 'A new version is available' });
  await notice.waitFor({ timeout: 30000 });
  await notice.getByRole('button', { name: 'reload' }).click();
  await page.waitForFunction(() => !!document.querySelector('meta[name=build][content=next]'), null, { timeout: 15000 });
  await page.waitForFunction(() => document.querySelectorAll('li.event').length > 10);
  // Only the new build's files are kept.
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.filter((c) => c.startsWith('shell-')).length, 1, `caches: ${caches}`);
  await context.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('copied under a sub-path of a host, the build runs there, online and offline', async () => {
  const server = await serve([['/history/purges/', dist]]);
  const base = `${server.url}history/purges/`;
  const { context, page, errors } = await visit(`${base}?event=terror-at-its-peak`);
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await page.getByRole('complementary').waitFor();
  await stored(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  assert.equal(scope, base);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel=manifest]');
    const m = await (await fetch(link.href)).json();
    return { start: new URL(m.start_url, link.href).href, icons: m.icons.map((i) => new URL(i.src, link.href).href) };
  });
  assert.equal(manifest.start, base);
  for (const icon of manifest.icons) assert.equal((await page.request.get(icon)).status(), 200, icon);
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('complementary').waitFor();
  assert.deepEqual(failed, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a build whose code does not arrive says so and offers a reload, instead of "Loading…" forever', async () => {
  const dir = copyOfBuild();
  const app = fs.readdirSync(dir).find((f) => f.startsWith('app-'));
  for (const f of fs.readdirSync(path.join(dir, app))) {
    if (f.startsWith('purge-timeline.js')) fs.rmSync(path.join(dir, app, f));
  }
  const server = await serve([['/', dir]]);
  const { context, page } = await visit(server.url, { serviceWorkers: 'block' });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  // Said under the pre-rendered first view, which stays readable.
  assert.match(await alert.textContent(), /could not start.*Reloading the page usually helps/s);
  assert.equal(await alert.getByRole('button', { name: 'Reload' }).count(), 1);
  assert.ok(await page.locator('#first .event-label').filter({ visible: true }).count() > 5, 'the first view is still there to read');
  assert.equal(await page.getByText('Loading the timeline…').filter({ visible: true }).count(), 0);
  await context.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
