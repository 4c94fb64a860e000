// End-to-end: what careless or hostile input meets. A server that never answers gets a
// message and a retry; a dataset link that redirects to another site is refused; a trap
// inside the WebAssembly shows the fatal panel; notices stay few however long the link;
// a default window outside the events still opens on them; blank headings in a file are
// named with their line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, takeViolations, afterPaint, until } from './harness.mjs';

test('a data request that never answers times out with a message and a retry', async () => {
  const { page, context } = await open('', { width: 1280, height: 720 });
  await page.route('**/timeline.bin', () => {}); // never answered (the bundled timeline, packed)
  await page.goto(page.url().split('?')[0]);
  await page.locator('#app .loading').waitFor();
  const panel = page.locator('.error-panel');
  await panel.waitFor({ timeout: 30000 });
  assert.match(await panel.textContent(), /did not arrive.*Nothing came from the server for 20 seconds/s);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.event-label').first().waitFor();
  await context.close();
});

test('a dataset link on this site that redirects elsewhere is refused', async () => {
  const { page, context } = await open('?data=fixtures/away.json');
  const panel = page.locator('.error-panel');
  await panel.waitFor();
  // The page's Content-Security-Policy (connect-src 'self') stops the request itself.
  assert.match(await panel.textContent(), /was not loaded.*sent the request on to another site/s);
  const refused = takeViolations();
  assert.equal(refused.length, 1, refused.join('\n'));
  assert.match(refused[0], /connect-src refused \S*\/fixtures\/away\.json/);
  assert.equal(await page.locator('#app .event-label').count(), 0);
  await context.close();
});

test('a trap inside the WebAssembly that is not a panic shows the fatal panel', async () => {
  const { page, context } = await open();
  await page.locator('.event-label').first().waitFor();
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('unreachable'); }));
  const panel = page.locator('#fatal-error');
  await panel.waitFor();
  assert.match(await panel.textContent(), /The timeline stopped working/);
  assert.doesNotMatch(await panel.textContent(), /unreachable|\.rs/);
  await context.close();
});

test('a link with thousands of unknown ids gives a few notices and keeps the timeline on screen', async () => {
  const cats = Array.from({ length: 900 }, (_, k) => `navy-${k}`).join(',');
  const { page, context } = await open(`?cat=army,${cats}&${Array.from({ length: 300 }, (_, k) => `x${k}=1`).join('&')}`);
  await page.locator('.event-label').first().waitFor();
  const notices = await page.locator('.notices li').allTextContents();
  assert.ok(notices.length <= 10, `${notices.length} notices`);
  assert.ok(notices.some((n) => /^Ignored \d[\d,]* more/.test(n)), notices.join(' | '));
  const box = await page.locator('.notices').boundingBox();
  assert.ok(box.height <= 720 * 0.3, `notices ${box.height}px tall`);
  const strip = await page.locator('.strip').boundingBox();
  assert.ok(strip.height >= 250, 'the timeline keeps its room');
  assert.equal(await page.getByRole('button', { name: /The army/ }).getAttribute('aria-pressed'), 'true');
  await context.close();
});

test('a default window outside the events opens on the events, with a notice', async () => {
  const { page, context } = await open('?data=fixtures/far-window.json');
  await page.locator('.event-label').first().waitFor({ timeout: 5000 });
  const titles = await page.locator('.event-label .title').allTextContents();
  assert.ok(titles.includes('The first event') && titles.includes('The second event'), titles.join(', '));
  assert.match(await page.locator('.notices').textContent(), /default_window \(0001–0002\) lies outside its events/);
  await context.close();
});

test('blank headings and claims in a file are problems named by path and line', async () => {
  const { page, context } = await open('?data=fixtures/blank-texts.json');
  const panel = page.locator('.error-panel');
  await panel.waitFor();
  const problems = await panel.locator('.problems li').allTextContents();
  for (const want of [/line 3, column \d+: source "doc" \(sources\[0\]\.kind\): kind is empty/,
    /line 6, column \d+: era "e" \(eras\[0\]\.label\): label is empty/,
    /line 10, column \d+: event "first" \(events\[0\]\.disputes\[0\]\.claims\[0\]\.value\): value is empty/]) {
    assert.ok(problems.some((p) => want.test(p)), `${want} not in ${problems.join(' | ')}`);
  }
  await context.close();
});

test('a list of thousands of events keeps a few dozen rows in the page, and the arrows reach them all', async () => {
  const { generate } = await import('../../bench/gen.mjs');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { generated } = await import('./harness.mjs');
  fs.writeFileSync(path.join(generated, 'events-5000.json'), JSON.stringify(generate(5000)));
  const { page, errors, context } = await open('?data=generated/events-5000.json&list=1');
  await page.locator('.list-event').first().waitFor();
  const rows = () => page.locator('ol.list > li').count();
  assert.ok((await rows()) < 100, `${await rows()} rows in the page`);
  const first = page.locator('ol.list li[aria-posinset="1"]');
  assert.equal(await first.getAttribute('aria-setsize'), '5000');
  // Scrolling far down draws the rows there.
  await page.locator('.list-window').evaluate((el) => { el.scrollTop = el.scrollHeight / 2; });
  // The scroll is handled, and the rows it asks for drawn, in the next frame.
  await afterPaint(page);
  const pos = await page.locator('ol.list li[aria-posinset]').evaluateAll((els) => els.map((e) => +e.getAttribute('aria-posinset')));
  assert.ok(Math.min(...pos) > 2000 && Math.max(...pos) < 3000, `rows ${Math.min(...pos)}–${Math.max(...pos)}`);
  assert.ok((await rows()) < 100);
  // The arrow keys walk past the drawn rows, each event taking focus in turn.
  await page.locator('.list-window').evaluate((el) => { el.scrollTop = 0; });
  await afterPaint(page);
  await page.locator('ol.list li[aria-posinset="1"] button').focus();
  for (let k = 0; k < 40; k++) await page.keyboard.press('ArrowDown');
  // A row drawn for the last key takes focus in the frame after it.
  await until(page, () => document.activeElement?.closest('li')?.getAttribute('aria-posinset') === '41');
  const at = await page.evaluate(() => +document.activeElement.closest('li').getAttribute('aria-posinset'));
  assert.equal(at, 41);
  await page.keyboard.press('Enter');
  await page.locator('.panel h2').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
