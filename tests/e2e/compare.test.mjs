// End-to-end: the compare view (compare=1, key C, the Compare button). One row per event
// that passes the filters, one column per source; the army purge shows the differing
// figures with their sources; the keyboard moves through the grid; a phone gets cards
// without a sideways page; print gives an A4 landscape table; 10,000 events stay windowed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { open, shots, data, eventsWhere, generated, printing } from './harness.mjs';

const shorts = data.sources.map((s) => s.short_title ?? s.title);
const disputed = eventsWhere((e) => (e.disputes ?? []).length > 0);

/** The row of event `title` and its cells, as [name, class, text] per source. */
async function rowOf(page, title) {
  const row = page.locator('.compare-row').filter({ has: page.locator('.compare-title', { hasText: title }) });
  await row.waitFor();
  return row.locator('[role="gridcell"]').evaluateAll((cells) =>
    cells.map((c) => ({ name: c.innerText.replace(/\s+/g, ' ').trim(), cls: c.className, text: c.innerText })));
}

test('the compare view shows five sources and one row per event; the army row shows the differing figures', async () => {
  const { page, errors, context } = await open('?compare=1', { width: 1920, height: 1080 });
  await page.locator('.compare-row').first().waitFor();
  const heads = await page.locator('.compare-source .name').allTextContents();
  assert.deepEqual(heads, shorts);
  assert.equal(await page.locator('.compare-row').count(), data.events.length);
  assert.equal(await page.getByRole('grid').getAttribute('aria-rowcount'), String(data.events.length + 1));
  // Rows come in time order: the first is the earliest event.
  assert.equal(await page.locator('.compare-row .compare-title').first().textContent(), 'Stalin is born in Georgia');
  const army = await rowOf(page, 'Purge of the Red Army');
  const by = Object.fromEntries(data.sources.map((s, k) => [s.id, army[k]]));
  assert.match(by['school-page'].text, /About 25,000, one fifth/);
  assert.match(by['study-guide'].text, /35,000, half the officer corps/);
  assert.match(by['web-article'].text, /About 35,000 shot or imprisoned/);
  for (const s of ['school-page', 'study-guide', 'web-article', 'reference-entry']) {
    assert.match(by[s].cls, /disputed/, `${s} gives a disputed value`);
  }
  assert.match(by.flashcards.cls, /silent/);
  assert.equal(by.flashcards.name, 'Flashcards on “Purge of the Red Army”: silent');
  assert.match(by['study-guide'].name, /^Study guide on “Purge of the Red Army”: \(sources differ\) differs Officers purged: 35,000/);
  assert.equal(await page.locator('.compare-row.has-dispute').count(), disputed.length);
  // Each head says how much of the table its source speaks of.
  const flash = data.events.filter((e) => e.citations.some((c) => c.source === 'flashcards')).length;
  assert.match(await page.locator('.compare-source').last().locator('.speaks').textContent(), new RegExp(`^${flash} of ${data.events.length}`));
  await page.locator('.compare-row').filter({ hasText: 'Purge of the Red Army' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'compare-1920.png') });
  // A row opens its event; a head opens its source's card.
  await page.locator('.compare-row').filter({ hasText: 'Purge of the Red Army' }).locator('.compare-event').click();
  assert.equal(await page.locator('.panel h2').textContent(), 'Purge of the Red Army');
  await page.getByRole('button', { name: /Study guide/ }).first().click();
  await page.locator('.sources-dialog').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('[data-source]')?.dataset.source === 'study-guide');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Sources differ" and a strand filter the rows, and the link keeps them', async () => {
  const { page, errors, context } = await open('?compare=1', { width: 1024, height: 768 });
  await page.locator('.compare-row').first().waitFor();
  await page.getByRole('button', { name: /Sources differ/ }).click();
  assert.equal(await page.locator('.compare-row').count(), disputed.length);
  assert.equal(await page.locator('.compare-row:not(.has-dispute)').count(), 0);
  await page.getByRole('button', { name: /The army/ }).click();
  const both = disputed.filter((e) => e.categories.includes('army'));
  assert.equal(await page.locator('.compare-row').count(), both.length);
  assert.match(page.url(), /compare=1/);
  assert.match(page.url(), /differ=1/);
  await page.screenshot({ path: path.join(shots, 'compare-1024-army-differ.png') });
  // The same link opens the same table.
  const again = await context.newPage();
  await again.goto(page.url());
  await again.locator('.compare-row').first().waitFor();
  assert.equal(await again.locator('.compare-row').count(), both.length);
  // Back to the strip with the pressed button (it keeps its name), to the table again with C.
  const compare = page.getByRole('button', { name: 'Compare', exact: true });
  assert.equal(await compare.getAttribute('aria-pressed'), 'true');
  await compare.click();
  assert.equal(await compare.getAttribute('aria-pressed'), 'false');
  await page.locator('.strip').waitFor();
  await page.keyboard.press('c');
  await page.locator('.compare-row').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the keyboard moves through the grid, opens events and source cards', async () => {
  const { page, errors, context } = await open('', { width: 1024, height: 768 });
  await page.locator('.event-label').first().waitFor();
  await page.keyboard.press('c');
  await page.locator('.compare-row').first().waitFor();
  // Switching to the table hands it the focus: its first cell.
  await page.waitForFunction(() => document.activeElement?.matches('[data-r="1"][data-c="0"]'));
  const name = () => page.evaluate(() => {
    const a = document.activeElement;
    return a.innerText.replace(/\s+/g, ' ').trim();
  });
  assert.match(await name(), /Stalin is born in Georgia/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.match(await name(), new RegExp(`^${shorts[1]} on “Stalin is born in Georgia”: `));
  // Down to the army purge, then Enter opens it.
  const order = [...data.events].map((e) => e.title);
  const rows = await page.locator('.compare-row .compare-title').allTextContents();
  const k = rows.indexOf('Purge of the Red Army');
  assert.ok(k > 0 && order.includes('Purge of the Red Army'));
  for (let j = 0; j < k; j++) await page.keyboard.press('ArrowDown');
  assert.match(await name(), /^School page on “Purge of the Red Army”: \(sources differ\) differs Officers purged: About 25,000/);
  await page.keyboard.press('End');
  assert.equal(await name(), 'Flashcards on “Purge of the Red Army”: silent');
  await page.keyboard.press('Enter');
  await page.locator('.panel h2', { hasText: 'Purge of the Red Army' }).waitFor();
  // Escape closes the event and focus comes back to its row.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.closest('.compare-row')?.textContent.includes('Purge of the Red Army'));
  // Ctrl+Home, up to the heads, right to the first source: Enter opens its card.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  assert.match(await name(), new RegExp(shorts[0]));
  await page.keyboard.press('Enter');
  await page.locator('.sources-dialog').waitFor();
  await page.waitForFunction((id) => document.activeElement?.closest('[data-source]')?.dataset.source === id, data.sources[0].id);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone each event is a card and the page never scrolls sideways', async () => {
  const { page, errors, context } = await open('?compare=1&cat=army', { width: 360, height: 740 }, { isMobile: true, hasTouch: true });
  await page.locator('.compare-row').first().waitFor();
  const army = eventsWhere((e) => e.categories.includes('army'));
  assert.equal(await page.locator('.compare-row').count(), army.length);
  const wide = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(wide <= 360, `the page is ${wide} px wide`);
  const row = page.locator('.compare-row').filter({ hasText: 'Purge of the Red Army' });
  await row.scrollIntoViewIfNeeded();
  // Each cell names its source on screen, and cells stack inside the screen's width.
  const labels = await row.locator('.cell-source').evaluateAll((ls) => ls.map((l) => l.checkVisibility() && l.textContent));
  assert.deepEqual(labels, shorts);
  const box = await row.locator('.compare-cell').last().boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, JSON.stringify(box));
  await page.screenshot({ path: path.join(shots, 'compare-360.png') });
  await row.locator('.compare-event').tap();
  await page.locator('.panel h2', { hasText: 'Purge of the Red Army' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the compare view prints as a table on A4 landscape, with the filters and date', async () => {
  const { page, errors, context } = await open('?compare=1&differ=1');
  await page.locator('.compare-row').first().waitFor();
  await printing(page);
  await page.locator('.compare-print').waitFor();
  const bytes = await page.pdf({ preferCSSPageSize: true, path: path.join(shots, 'compare-differ.pdf') });
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const first = await doc.getPage(1);
  const { width, height } = first.getViewport({ scale: 1 });
  assert.ok(Math.abs(width - 842) < 2 && Math.abs(height - 595) < 2, `${width}×${height} is not A4 landscape`);
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    text += (await (await doc.getPage(i)).getTextContent()).items.map((it) => it.str).join(' ');
  }
  const bare = text.replace(/\s+/g, '');
  assert.ok(bare.includes(`${disputed.length}of${data.events.length}events—Onlywherethesourcesdiffer:whateachsourcesays`), 'the filter is named');
  assert.match(text, /Printed \d{1,2} \w+ 20\d\d/);
  for (const s of shorts) assert.ok(bare.includes(s.replace(/\s+/g, '')), `${s} column missing`);
  for (const e of disputed) assert.ok(bare.includes(e.title.replace(/\s+/g, '')), `${e.title} missing`);
  assert.ok(bare.includes('About25,000,onefifthoftheofficers'));
  assert.ok(doc.numPages >= 2 && doc.numPages <= 12, `${doc.numPages} pages`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('10,000 events: only the rows near the view are drawn, and Ctrl+End reaches the last', async () => {
  const { generate } = await import('../../bench/gen.mjs');
  const big = generate(10000);
  fs.writeFileSync(path.join(generated, 'compare-10000.json'), JSON.stringify(big));
  const { page, errors, context } = await open('?data=generated/compare-10000.json&compare=1', { width: 1280, height: 720 });
  await page.locator('.compare-row').first().waitFor({ timeout: 30000 });
  assert.equal(await page.getByRole('grid').getAttribute('aria-rowcount'), String(big.events.length + 1));
  const drawn = await page.locator('.compare-row').count();
  assert.ok(drawn > 3 && drawn < 60, `${drawn} rows drawn`);
  await page.locator('.compare [tabindex="0"]').first().focus();
  await page.keyboard.press('Control+End');
  await page.waitForFunction(() => document.activeElement?.closest('.compare-row')?.getAttribute('aria-rowindex') === document.querySelector('[role=grid]').getAttribute('aria-rowcount'));
  assert.ok(await page.locator('.compare-row').count() < 60);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each compare cell says where its document stands: "agrees" and "only" where the records say so', async () => {
  // An event where two documents give the same disputed value, and one where a single
  // document speaks of it.
  const agreeing = data.events.find((e) => (e.disputes ?? []).some((d) => d.claims.some((c) => c.sources.length > 1)));
  const alone = data.events.find((e) => new Set(e.citations.map((c) => c.source)).size === 1 && !(e.disputes ?? []).length);
  const { page, errors, context } = await open('?compare=1', { width: 1920, height: 1080 });
  for (const [e, word] of [[agreeing, 'agrees'], [alone, 'only']]) {
    const row = page.locator('.compare-row').filter({ has: page.locator('.compare-title', { hasText: e.title }) });
    await row.scrollIntoViewIfNeeded();
    const words = await row.locator('.standing-word').allTextContents();
    assert.ok(words.includes(word), `${e.id}: ${words.join(', ')}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the sources dialog says who wrote each document, for whom, why and on what it rests', async () => {
  const { page, errors, context } = await open('');
  await page.locator('.event-label').first().waitFor();
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  const text = (await dialog.textContent()).replace(/\s+/g, ' ');
  for (const s of data.sources) {
    for (const field of ['audience', 'purpose', 'based_on']) {
      assert.ok(text.includes(s[field].replace(/\s+/g, ' ')), `${s.id}: ${field}`);
    }
  }
  for (const label of ['Written for', 'Purpose', 'Based on']) assert.ok(text.includes(label), label);
  assert.deepEqual(errors, []);
  await context.close();
});
