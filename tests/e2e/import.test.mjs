// End-to-end: teachers' own timelines. TimelineJS's own example files (npm package
// @knight-lab/timelinejs) opened with "Open…", by dropping them on the page and by
// ?data= (on this site, and from another https site that allows it); a broken file lists
// its problems with lines while the timeline stays usable; hostile HTML stays text; bad
// data links are refused with a notice; the way back to the default timeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, shots, root, data, generated, afterPaint } from './harness.mjs';

const tjs = path.join(root, 'node_modules/@knight-lab/timelinejs/src');
const COSMO = JSON.parse(fs.readFileSync(path.join(tjs, 'template/cosmo.json'), 'utf8')).events.length;
// Each example and how many events it shows: all of them, the cosmological ones (billions
// of years ago) on a scale of years ago.
const examples = [
  ['template/all-media-types.json', 41],
  ['template/cosmo-mixed.json', 11],
  ['template/cosmo.json', COSMO],
  ['template/eras.json', 20],
  ['template/my-own-timeline.csv', 10],
  ['js/core/__tests__/women_in_computing.csv', 10],
];

async function listCount(page) {
  await page.locator('.list-event').first().waitFor();
  return page.locator('.list-event').count();
}

test('every TimelineJS example opens with "Open…", all its events in the list', async () => {
  const { page, errors, context } = await open('?list=1');
  await page.locator('.list-event').first().waitFor();
  for (const [file, n] of examples) {
    await page.locator('input.file-input').setInputFiles(path.join(tjs, file));
    const name = path.basename(file);
    await page.locator('.origin-note', { hasText: name }).waitFor();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    assert.equal(await listCount(page), n, file);
    assert.equal(await page.locator('.open-problems').count(), 0);
    if (file.endsWith('all-media-types.json')) {
      // TimelineJS groups became categories to filter by.
      await page.getByRole('button', { name: /^Video/ }).click();
      const videos = JSON.parse(fs.readFileSync(path.join(tjs, file), 'utf8')).events.filter((e) => e.group === 'Video');
      assert.equal(await page.locator('.list-event').count(), videos.length);
      await page.screenshot({ path: path.join(shots, 'import-all-media-types.png') });
    }
    if (file.endsWith('cosmo.json')) {
      // Billions of years ago, on an axis of years ago ("13.8 Ga"), nothing left out.
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await page.locator('.strip .tick').first().waitFor();
      assert.match(await page.locator('.strip .axis').textContent(), /Ga|Ma/);
      assert.equal(await page.locator('.notices').count(), 0);
    }
  }
  // The panel of an imported event: its text as text, its media as a link.
  await page.locator('.list-event').filter({ hasText: 'Ada Lovelace' }).click();
  await page.locator('.panel h2', { hasText: 'Ada Lovelace' }).waitFor();
  assert.match(await page.locator('.panel').textContent(), /Women have been programming since before it was a thing/);
  // Back to the default timeline.
  await page.getByRole('button', { name: 'Back to the default timeline' }).click();
  await page.locator('#app h1', { hasText: data.title }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file dropped on the page opens; the timeline shows on the strip with its groups', async () => {
  const { page, errors, context } = await open('', { width: 1024, height: 768 });
  await page.locator('.event-label').first().waitFor();
  const csv = fs.readFileSync(path.join(tjs, 'template/my-own-timeline.csv'), 'utf8');
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'class.csv', { type: 'text/csv' }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, csv);
  await page.locator('h1', { hasText: 'MY OWN CSV' }).waitFor();
  await page.locator('.event-label').first().waitFor();
  assert.match(await page.locator('.origin-note').textContent(), /class\.csv/);
  // No sources in this file: no Sources, Tours or Compare buttons.
  assert.equal(await page.getByRole('button', { name: 'Sources', exact: true }).count(), 0);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await page.screenshot({ path: path.join(shots, 'import-dropped-1024.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken file lists its problems with lines, and the timeline stays usable', async () => {
  const { page, errors, context } = await open();
  await page.locator('.event-label').first().waitFor();
  const bad = path.join(generated, 'broken-class.csv');
  fs.writeFileSync(bad, 'Year,Month,Day,Headline,Text\n1917,13,,Revolution,\nsoon,,,Later,\n1918,,,"Never closed\n');
  await page.locator('input.file-input').setInputFiles(bad);
  const panel = page.locator('.open-problems');
  await panel.waitFor();
  const text = await panel.textContent();
  assert.match(text, /“broken-class\.csv” could not be opened/);
  assert.match(text, /line 2, column 2: "Revolution" \(Month\): start: month 13 does not exist/);
  assert.match(text, /line 3, column 1: "Later" \(Year\)/);
  assert.match(text, /line 4, column 8: the file: a quoted field opens here and is never closed/);
  assert.match(text, /The timeline you had stays open/);
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'open-problems');
  await page.screenshot({ path: path.join(shots, 'import-broken.png') });
  // The purges timeline is still there and works.
  // A label wholly inside the strip (those cut by its edges cannot take a click).
  const k = await page.locator('.strip .event-label').evaluateAll((els) => {
    const strip = document.querySelector('.strip').getBoundingClientRect();
    return els.findIndex((el) => { const r = el.getBoundingClientRect(); return r.left >= strip.left && r.right <= strip.right; });
  });
  const label = page.locator('.strip .event-label').nth(k);
  const title = await label.locator('.title').textContent();
  await label.click();
  await page.locator('.panel h2', { hasText: title }).waitFor();
  await page.getByRole('button', { name: 'Close' }).first().click();
  assert.equal(await panel.count(), 0);
  // A JSON of the wrong shape says what it found and which shapes are read.
  const wrong = path.join(generated, 'wrong.json');
  fs.writeFileSync(wrong, '{"timeline": {"pages": []}}');
  await page.locator('input.file-input').setInputFiles(wrong);
  await page.locator('.open-problems', { hasText: 'with "pages" but no list of "events"' }).waitFor();
  assert.match(await page.locator('.open-problems').textContent(), /expected a TimelineJS timeline/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('HTML in a file stays text: no script runs, no element is made from it', async () => {
  const { page, errors, context } = await open('?list=1');
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.locator('.list-event').first().waitFor();
  const evil = '<script>alert(1)</script><img src=x onerror="alert(2)"><b onmouseover="alert(3)">bold</b> <a href="javascript:alert(4)">link</a> <a href="https://example.org/ok">safe</a>';
  const file = path.join(generated, 'hostile.json');
  fs.writeFileSync(file, JSON.stringify({
    title: { text: { headline: evil, text: evil } },
    events: [{ start_date: { year: 1920 }, text: { headline: evil, text: evil }, group: evil, media: { url: 'javascript:alert(5)' } }],
  }));
  await page.locator('input.file-input').setInputFiles(file);
  await page.locator('.origin-note', { hasText: 'hostile.json' }).waitFor();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.locator('.list-event').first().click();
  await page.locator('.panel h2').waitFor();
  const panel = await page.locator('.panel').innerText();
  assert.match(panel, /bold link safe \(https:\/\/example\.org\/ok\)/);
  // The media's address is refused, and the note names its kind as text.
  const media = await page.locator('.panel figure.media').innerText();
  assert.match(media, /A "javascript:" address is not shown/);
  assert.doesNotMatch(panel.replace(media, ''), /alert|script|onerror/);
  assert.equal(await page.locator('img[src="x"], b[onmouseover], script:not([src])').count(), await page.locator('script:not([src])').count());
  await page.mouse.move(300, 300);
  // A handler the hover ran would have opened its alert (and the page waited for it to be
  // dismissed) before this painted frame.
  await afterPaint(page);
  assert.equal(dialogs, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('?data= opens a file on this site and an https file on another site, marked with its host', async () => {
  const { page, errors, context } = await open('?list=1');
  await listCount(page);
  // Every example, by a link to a copy on this site.
  for (const [file, n] of examples) {
    const name = path.basename(file);
    fs.copyFileSync(path.join(tjs, file), path.join(generated, name));
    await page.goto(page.url().split('?')[0] + `?data=generated/${name}&list=1`);
    assert.equal(await listCount(page), n, file);
    assert.match(await page.locator('.origin-note').textContent(), new RegExp(`generated/${name.replace('.', '\\.')} on this site`));
  }
  // Another site that allows cross-origin reads (served here by the browser's router).
  const body = fs.readFileSync(path.join(tjs, 'js/core/__tests__/women_in_computing.csv'), 'utf8');
  await context.route('https://teacher.example.org/**', (route) => route.fulfill({
    status: 200, body, headers: { 'content-type': 'text/csv', 'access-control-allow-origin': '*' },
  }));
  await page.goto(page.url().split('?')[0] + '?data=https://teacher.example.org/class/women.csv&list=1');
  assert.equal(await listCount(page), 10);
  assert.match(await page.locator('.origin-note').textContent(), /comes from teacher\.example\.org, not from this site/);
  // No sources, people or disputes in this file: no filters or counts for them.
  for (const name of [/By source/, /By person/, /Sources differ/]) {
    assert.equal(await page.getByRole('button', { name }).count(), 0, String(name));
  }
  assert.doesNotMatch(await page.locator('.list-event').first().textContent(), /sources?/);
  await page.screenshot({ path: path.join(shots, 'import-other-site.png') });
  // A site that does not allow it: a clear message, and the way back.
  // (A browser refuses a response without Access-Control-Allow-Origin as a network
  // error; the router stands in for that refusal.)
  await context.route('https://closed.example.org/**', (route) => route.abort('accessdenied'));
  await page.goto(page.url().split('?')[0] + '?data=https://closed.example.org/t.json');
  await page.locator('.error-panel').waitFor();
  assert.match(await page.locator('.error-panel').textContent(), /Could not reach the timeline data \(https:\/\/closed\.example\.org\/t\.json\)/);
  await page.getByRole('button', { name: 'Back to the default timeline' }).click();
  await page.locator('#app h1', { hasText: data.title }).waitFor();
  assert.deepEqual(errors.filter((e) => !/CORS|Failed to load resource|ERR_FAILED/.test(e)), []);
  await context.close();
});

test('data links to other schemes are refused with a notice', async () => {
  for (const bad of ['javascript:alert(1)', 'data:application/json,{}', 'http://plain.example.org/t.json']) {
    const { page, errors, context } = await open(`?data=${encodeURIComponent(bad)}`);
    await page.locator('.event-label').first().waitFor();
    assert.match(await page.locator('.notices').textContent(), /only https addresses/);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
