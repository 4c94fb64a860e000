// End-to-end: any view is a link. Copying the address into a fresh browser restores it;
// back/forward step through changes; bad links degrade one parameter at a time; the
// share dialog copies the link and its QR code decodes to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { open, shots, data, windowOf, matchCount, addressShows, settledAddress } from './harness.mjs';

const DAY_SLACK = 31; // wide windows are written to the month

test('a link restores the same event, filters and window in a fresh browser', async () => {
  const first = await open();
  const page = first.page;
  await page.locator('.event-label').first().waitFor();
  await page.getByRole('button', { name: /The army/ }).click();
  await page.getByRole('button', { name: /The party/ }).click();
  await page.getByRole('button', { name: 'Hide others' }).click();
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  // Step through the matching events to the army purge, as a teacher would.
  await page.keyboard.press('PageDown');
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('ArrowRight');
    if ((await page.locator('.panel h2').textContent()) === 'Purge of the Red Army') break;
  }
  // The window is written to the address once the pan has ended and a short pause passed.
  const url = await settledAddress(page);
  assert.match(url, /event=army-purge/);
  assert.match(url, /cat=army,party/);
  assert.match(url, /view=hide/);
  assert.match(url, /from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
  const w0 = await windowOf(page);
  const n0 = await matchCount(page);
  await first.context.close();

  const second = await open(url.slice(url.indexOf('?')));
  const p2 = second.page;
  await p2.getByRole('complementary').waitFor();
  assert.equal(await p2.locator('.panel h2').textContent(), 'Purge of the Red Army');
  assert.equal(await p2.locator('li.event[aria-current="true"] .event-label').count(), 1, 'highlighted on the strip');
  assert.equal(await p2.getByRole('button', { name: /The army/ }).getAttribute('aria-pressed'), 'true');
  assert.equal(await p2.getByRole('button', { name: /The party/ }).getAttribute('aria-pressed'), 'true');
  assert.equal(await p2.getByRole('button', { name: 'Hide others' }).getAttribute('aria-pressed'), 'true');
  assert.equal(await matchCount(p2), n0);
  const w1 = await windowOf(p2);
  assert.ok(Math.abs(w1.start - w0.start) <= DAY_SLACK && Math.abs(w1.end - w0.end) <= DAY_SLACK, `${JSON.stringify(w0)} vs ${JSON.stringify(w1)}`);
  assert.match(await p2.title(), /^Purge of the Red Army \(1937–1938\)/, 'the page title follows the event');
  assert.deepEqual(second.errors, []);
  await second.context.close();
});

test('back and forward step through opened events and filter changes', async () => {
  const { page, context } = await open('?event=kirov-assassination');
  await page.getByRole('complementary').waitFor();
  await page.getByRole('button', { name: 'Next →' }).click();
  const second = await page.locator('.panel h2').textContent();
  assert.notEqual(second, 'Kirov assassinated');
  await page.getByRole('button', { name: /Show trials/ }).click();
  await addressShows(page, /cat=show-trials/);
  // Panning does not add history entries. Wait until the address has the whole span that
  // 0 shows (written once the window has been still a moment), then go back.
  await page.keyboard.press('0');
  const years = data.events.map((e) => +e.start.match(/\d{4}/)[0]);
  const year = (u, k) => +(new URL(u).searchParams.get(k) ?? '').slice(0, 4);
  await page.waitForURL((u) => year(u, 'from') <= Math.min(...years) && year(u, 'to') >= Math.max(...years), { timeout: 5000 });
  await page.goBack();
  await addressShows(page, /cat=show-trials/, false);
  assert.equal(await page.getByRole('button', { name: /Show trials/ }).getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('.panel h2').textContent(), second);
  await page.goBack();
  assert.equal(await page.locator('.panel h2').textContent(), 'Kirov assassinated');
  await page.goForward();
  assert.equal(await page.locator('.panel h2').textContent(), second);
  await context.close();
});

test('malformed links each show a notice and a working timeline', async () => {
  const bad = [
    ['event=Kirov%20Murder', /not a valid event id/],
    ['event=no-such-event', /No event "no-such-event"/],
    ['cat=army,navy', /No category "navy"/],
    ['people=nobody', /No person "nobody"/],
    ['src=wikipedia', /No source "wikipedia"/],
    ['from=1934-13&to=1938', /dates are written/],
    ['from=1938&to=1934', /"to" is before "from"/],
    ['from=1934', /needs both/],
    ['view=sideways', /use dim or hide/],
    ['step=-2', /not a step number/],
    ['data=javascript:alert(1)', /only https addresses/],
    ['%%%=%%%&zoom=banana', /unknown link parameter/],
  ];
  for (const [query, notice] of bad) {
    const { page, errors, context } = await open(`?${query}&cat=party`);
    await page.locator('.event-label').first().waitFor();
    assert.match(await page.locator('.notices').textContent(), notice, query);
    assert.equal(await page.getByRole('button', { name: /The party/ }).getAttribute('aria-pressed'), 'true', `${query}: the rest of the link applies`);
    assert.deepEqual(errors, [], query);
    await context.close();
  }
});

test('the share dialog copies the link and shows a QR code that decodes to it', async () => {
  const { page, context } = await open('?event=first-moscow-trial&cat=show-trials', { width: 1280, height: 900 }, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await page.getByRole('complementary').waitFor();
  await page.getByRole('button', { name: '🔗 Link to this event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await dialog.waitFor();
  const link = await dialog.getByRole('textbox', { name: 'Link to this view' }).inputValue();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\?event=first-moscow-trial&cat=show-trials&from=/);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await assert.doesNotReject(dialog.getByText('Link copied to the clipboard.').waitFor());
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  const png = PNG.sync.read(await dialog.locator('.qr svg').screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(decoded, 'QR code is readable');
  assert.equal(decoded.data, link);
  await page.screenshot({ path: path.join(shots, 'share.png') });
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('dialog', { name: 'Share this view' }).count(), 0);
  // Opening the shared link shows the same event.
  const again = await open(link.slice(link.indexOf('?')));
  await again.page.getByRole('complementary').waitFor();
  assert.match(await again.page.locator('.panel h2').textContent(), /First Moscow show trial/);
  await again.context.close();
  await context.close();
});

test('Back always leaves the app, whatever link opened it', async () => {
  const { page, context } = await open('fixtures/elsewhere.html');
  const elsewhere = page.url();
  const app = elsewhere.replace('fixtures/elsewhere.html', '');
  const links = ['?event=no-such-event', '?cat=navy', '?people=nobody', '?src=nowhere', '?tour=no-such-tour',
    '?step=2', ...data.tours.map((t) => `?tour=${t.id}`), `?tour=${data.tours[0].id}&step=3`, '?event=kirov-assassination'];
  for (const link of links) {
    await page.goto(elsewhere);
    await page.goto(app + link);
    await page.locator('.event-label').first().waitFor();
    // Let the app correct its address (after a paint, and after a quiet moment).
    await settledAddress(page);
    await page.goBack();
    await page.waitForURL(elsewhere, { timeout: 3000 }).catch(() => {});
    assert.equal(page.url(), elsewhere, `Back from ${link} stayed on ${page.url()}`);
    // Forward returns to the app, and Back leaves again: Forward was not wiped.
    await page.goForward();
    await page.locator('.event-label').first().waitFor();
    await settledAddress(page);
    await page.goBack();
    await page.waitForURL(elsewhere, { timeout: 3000 }).catch(() => {});
    assert.equal(page.url(), elsewhere, `second Back from ${link}`);
  }
  await context.close();
});
