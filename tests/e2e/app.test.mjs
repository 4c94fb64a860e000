// End-to-end tests: the release build (dist/) served on loopback, driven in Debian's
// Chromium. Each test checks something a user would notice. Run: node --test tests/e2e/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { open, shots, windowOf, addressShows, afterPaint, windowMoved, windowAtRest } from './harness.mjs';

test('the timeline loads with events on a labelled axis', async () => {
  const { page, errors, context } = await open();
  await page.locator('.event-label').first().waitFor();
  assert.ok(await page.locator('.event-label').count() >= 10);
  const ticks = await page.locator('.tick.minor').allTextContents();
  assert.ok(ticks.includes('1934'), `axis labels: ${ticks}`);
  assert.match(await page.locator('h1').textContent(), /Stalin's purges/);
  await page.screenshot({ path: path.join(shots, 'timeline-1280.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('clicking an event opens its panel with one card per source and the disagreement', async () => {
  const { page, errors, context } = await open();
  await page.getByRole('link', { name: /^Kirov assassinated, 1 Dec 1934$/ }).click();
  const panel = page.getByRole('complementary');
  await assert.doesNotReject(panel.waitFor());
  assert.equal(await panel.locator('h2').textContent(), 'Kirov assassinated');
  assert.equal(await panel.locator('.panel-date').textContent(), '1 Dec 1934');
  assert.equal(await panel.locator('.source-card').count(), 5);
  const differ = await panel.locator('.disputes-box').textContent();
  assert.match(differ, /Sources differ/);
  assert.match(differ, /unproven/);
  await addressShows(page, /event=kirov-assassination/);
  await page.screenshot({ path: path.join(shots, 'panel-1280.png') });
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('complementary').count(), 0, 'Escape closes the panel');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link opens the event panel with the event on screen', async () => {
  const { page, context } = await open('?event=first-moscow-trial');
  await page.getByRole('complementary').waitFor();
  assert.match(await page.locator('.panel h2').textContent(), /First Moscow show trial/);
  const label = page.locator('li.event[aria-current="true"] .event-label');
  assert.equal(await label.count(), 1, 'the event is highlighted on the strip');
  await context.close();
});

test('an unknown event in a link gives a notice and a working timeline', async () => {
  const { page, errors, context } = await open('?event=no-such-event');
  await page.locator('.event-label').first().waitFor();
  assert.match(await page.locator('.notices').textContent(), /No event "no-such-event"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('broken data shows an error panel naming the line, not a blank page', async () => {
  const { page, context } = await open('?data=fixtures/broken.json');
  const panel = page.getByRole('alert');
  await panel.waitFor();
  const text = await panel.textContent();
  assert.match(text, /fixtures\/broken\.json/);
  assert.match(text, /line 3, column 3\): expected `,` or `]`$/);
  await page.screenshot({ path: path.join(shots, 'error-broken.png') });
  await context.close();
});

test('inconsistent data lists every problem', async () => {
  const { page, context } = await open('?data=fixtures/invalid.json');
  const text = await page.getByRole('alert').textContent();
  // A file other than the bundled one need not cite sources (the bundled one must: the
  // native tests hold it to that), so its uncited event is not among them.
  assert.match(text, /2 problems/);
  assert.match(text, /unknown category "navy"/);
  assert.match(text, /1936-02-30/);
  assert.doesNotMatch(text, /no source/);
  await context.close();
});

test('a missing data file and a plain-http data URL are explained', async () => {
  let { page, context } = await open('?data=fixtures/missing.json');
  assert.match(await page.getByRole('alert').textContent(), /404/);
  await context.close();
  ({ page, context } = await open('?data=http://example.com/x.json'));
  await page.locator('.event-label').first().waitFor();
  assert.match(await page.locator('.notices').textContent(), /only https addresses/);
  await context.close();
});

test('wheel zoom keeps the date under the cursor and narrows the window', async () => {
  const { page, context } = await open();
  await page.locator('.event-label').first().waitFor();
  const box = await page.locator('.strip').boundingBox();
  const before = await windowOf(page);
  const x = box.x + box.width * 0.25;
  const anchorBefore = before.start + 0.25 * (before.end - before.start);
  await page.mouse.move(x, box.y + box.height / 2);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  // The wheel's zoom is written once a frame: wait until the last of it is.
  assert.ok(await windowMoved(page, before), 'the wheel zoomed');
  const afterZoom = await windowAtRest(page);
  const anchorAfter = afterZoom.start + 0.25 * (afterZoom.end - afterZoom.start);
  assert.ok(afterZoom.end - afterZoom.start < (before.end - before.start) * 0.5, 'zoomed in');
  assert.ok(Math.abs(anchorAfter - anchorBefore) < 2, `anchor moved ${anchorAfter - anchorBefore} days`);
  await context.close();
});

test('keyboard + and - zoom, arrows pan', async () => {
  const { page, context } = await open();
  await page.locator('.event-label').first().waitFor();
  const w0 = await windowOf(page);
  await page.keyboard.press('+');
  const w1 = await windowOf(page);
  assert.ok(Math.abs((w1.end - w1.start) - 0.8 * (w0.end - w0.start)) < 1, 'plus zooms in by a fifth');
  await page.keyboard.press('-');
  const w2 = await windowOf(page);
  assert.ok(Math.abs((w2.end - w2.start) - (w0.end - w0.start)) < 1, 'minus zooms back out');
  await page.keyboard.press('ArrowRight');
  const w3 = await windowOf(page);
  assert.ok(w3.start > w2.start, 'right arrow moves later in time');
  await context.close();
});

test('dragging the strip pans by the dragged distance', async () => {
  const { page, context } = await open();
  await page.locator('.event-label').first().waitFor();
  const box = await page.locator('.strip').boundingBox();
  const w0 = await windowOf(page);
  const y = box.y + box.height - 40; // on the axis, away from event labels
  await page.mouse.move(box.x + 700, y);
  await page.mouse.down();
  await page.mouse.move(box.x + 550, y, { steps: 5 });
  await page.mouse.move(box.x + 400, y, { steps: 5 });
  await page.mouse.up();
  const w1 = await windowOf(page);
  const expected = (300 / box.width) * (w0.end - w0.start);
  assert.ok(Math.abs((w1.start - w0.start) - expected) < expected * 0.05, `panned ${w1.start - w0.start}, expected ${expected}`);
  assert.equal(await page.getByRole('complementary').count(), 0, 'a drag is not a click');
  await context.close();
});

test('on a 360 px phone the page fits and the panel is a full-screen sheet', async () => {
  const { page, errors, context } = await open('', { width: 360, height: 740 });
  await page.locator('.event-label').first().waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 360, `page is ${overflow}px wide`);
  await page.screenshot({ path: path.join(shots, 'timeline-360.png') });
  const onScreen = await page.evaluateHandle(() => [...document.querySelectorAll('.event-label')]
    .find((b) => { const r = b.getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth && r.top > 0; }));
  await onScreen.asElement().click();
  const sheet = await page.getByRole('complementary').boundingBox();
  assert.ok(sheet.width >= 350 && sheet.height >= 700, `panel is ${sheet.width}x${sheet.height}`);
  await page.screenshot({ path: path.join(shots, 'panel-360.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

/** Pairs of boxes among `selector` that overlap by more than a pixel. */
async function overlaps(page, selector) {
  return page.evaluate((sel) => {
    const boxes = [...document.querySelectorAll(sel)].map((e) => ({ t: e.textContent, r: e.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0 && b.r.right > 0 && b.r.left < innerWidth);
    const bad = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) bad.push(`${boxes[i].t} / ${boxes[j].t}`);
      }
    }
    return { count: boxes.length, bad };
  }, selector);
}

for (const [name, query, minTicks] of [
  ['whole span', '?from=1870&to=1995', 8],
  ['one year', '?from=1937-01&to=1937-12', 10],
  ['one month', '?from=1934-12-01&to=1934-12-31', 5],
]) {
  test(`labels are readable and never overlap at ${name} zoom`, async () => {
    // Tall enough that December 1934's events all get a lane.
    const { page, context } = await open(query, { width: 1280, height: 860 });
    await page.locator('.tick.minor').first().waitFor();
    // Laid out at the strip's real size, and painted.
    await page.locator('.strip:not(.unmeasured)').waitFor();
    await afterPaint(page);
    const events = await overlaps(page, '.strip .event-label');
    assert.deepEqual(events.bad, [], 'event labels overlap');
    assert.ok(events.count >= 1, 'some events drawn');
    for (const sel of ['.tick.minor', '.tick.major', '.cluster']) {
      const ticks = await overlaps(page, sel);
      assert.deepEqual(ticks.bad, [], `${sel} labels overlap`);
    }
    assert.ok((await page.locator('.tick.minor').count()) >= minTicks, 'enough ticks');
    const size = await page.locator('.event-label').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 15, `labels at ${size}px`);
    await page.screenshot({ path: path.join(shots, `zoom-${name.replace(' ', '-')}.png`) });
    if (name === 'one month') {
      // "Dec 1934" (month precision) is drawn across the whole of December.
      const bar = await page.getByRole('link', { name: /^Decree against 'terrorist acts', Dec 1934$/ })
        .evaluate((b) => b.parentElement.querySelector('.bar').getBoundingClientRect().width);
      const strip = await page.locator('.strip').boundingBox();
      assert.ok(bar > strip.width * 0.9, `bar ${bar}px of ${strip.width}px`);
      assert.deepEqual(await page.locator('.tick.major').allTextContents(), ['Dec 1934']);
    }
    await context.close();
  });
}

