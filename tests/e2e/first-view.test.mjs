// End-to-end: the first view the build pre-renders (timeline_core::prerender), as a reader
// on a slow phone or a locked-down machine meets it. Before the app's WebAssembly has
// arrived the page already shows the timeline, and its labels are links that open their
// event; when the app takes over, no label or control moves; without WebAssembly the
// timeline, every event with its sources and the list still read; a ?data= link is never
// pre-rendered; what the reader did before the app started is not lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { open, newContext, shots, data, root, baseUrl, takenOver, afterPaint } from './harness.mjs';
import { CHROMIUM } from './browser.mjs';

/** A page whose app's WebAssembly is held back until `release()` (before anything is
 * fetched, so no cache has it): the page as a slow network shows it. */
async function held(query, viewport) {
  const context = await newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  let release;
  const wait = new Promise((r) => { release = r; });
  await page.route(/purge-timeline_bg\.wasm/, async (route) => { await wait; await route.continue().catch(() => {}); });
  await page.goto(baseUrl() + query);
  return { page, context, errors, release };
}

/** The boxes of every label and control on screen, by what they stand for. */
const boxes = (page) => page.evaluate(() => {
  const out = {};
  // What an element stands for, the same in the first view (links, numbered classes
  // for its stylesheet) and in the app (buttons).
  const own = (el) => [...el.classList].filter((c) => !/^([ktie]\d+|lane-\d+|fv.*|on|hit|dim)$/.test(c)).join('.');
  const keyOf = (el) => {
    const li = el.closest('[data-i]');
    if (li) return `event ${li.dataset.i} ${own(el)}`;
    if (el.classList.contains('cat')) return `cat ${el.dataset.cat}`;
    return `${own(el)} ${el.textContent.trim().slice(0, 20)}`;
  };
  for (const el of document.querySelectorAll('.event-label, header.top h1, nav.tools > *, nav.tools .lang-menu, .filters button, .filters a, .filters input, .tick, .era-label, .cluster, .panel h2, .panel .summary, .panel-bar > *')) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden') continue;
    out[keyOf(el)] = [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)];
  }
  return out;
});

/** Layout shifts the page has reported so far (the Layout Instability API), summed: the
 * buffered entries, taken at once. */
const shifts = (page) => page.evaluate(() => {
  const observer = new PerformanceObserver(() => {});
  observer.observe({ type: 'layout-shift', buffered: true });
  const entries = observer.takeRecords();
  observer.disconnect();
  return entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0);
});

for (const [w, h] of [[360, 740], [1024, 768], [1280, 720]]) {
  for (const query of ['', '?event=kirov-assassination']) {
    test(`${query || 'the default view'} at ${w}x${h}: painted before the app, and nothing moves when it takes over`, async () => {
      const { page, errors, context, release } = await held(query, { width: w, height: h });
      await page.locator('#first .event-label:visible').first().waitFor();
      if (query) await page.locator('#first .panel h2', { hasText: 'Kirov assassinated' }).waitFor();
      await afterPaint(page);
      assert.equal(await page.evaluate(() => typeof window.__appStarted), 'undefined', 'the app has not started');
      const before = await boxes(page);
      await page.screenshot({ path: path.join(shots, `first-view${query ? '-event' : ''}-${w}.png`) });
      release();
      assert.ok(await takenOver(page), 'the app took over');
      // The app takes over once it has drawn everything it shows (the panel too): the
      // next painted frame is what the reader sees.
      await afterPaint(page);
      const after = await boxes(page);
      const moved = Object.entries(before).filter(([k, b]) => after[k] && b.some((v, i) => Math.abs(v - after[k][i]) > 1))
        .map(([k, b]) => `${k}: ${b} → ${after[k]}`);
      assert.deepEqual(moved, [], 'what moved when the app took over');
      const kept = Object.keys(before).filter((k) => after[k]).length;
      const lost = Object.keys(before).filter((k) => !after[k]);
  assert.ok(kept >= Object.keys(before).length * 0.9, `${kept} of ${Object.keys(before).length} boxes are still there; gone: ${lost.join(' | ')}`);
      const cls = await shifts(page);
      assert.ok(cls <= 0.01, `layout shift ${cls}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

// A phone's browser zooms the whole page out when anything reaches past the screen's
// width, even for a frame: every box then moves. Emulated as a phone presents itself (a
// mobile viewport, touch, a dense screen), which the sizes above do not.
for (const query of ['', '?event=kirov-assassination']) {
  test(`${query || 'the default view'} on a phone's own browser (412x823, touch, 1.75x): no layout shift`, async () => {
    const { page, errors, context } = await open(query, { width: 412, height: 823 }, { isMobile: true, hasTouch: true, deviceScaleFactor: 1.75 });
    assert.ok(await takenOver(page), 'the app took over');
    await afterPaint(page);
    const cls = await shifts(page);
    assert.ok(cls <= 0.01, `layout shift ${cls}`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 412, 'nothing reaches past the screen');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('before the app has started, labels are links: a tap opens the event', async () => {
  const { page, context } = await held('', { width: 412, height: 823 });
  // The first label wholly on screen.
  const href = await page.evaluate(() => [...document.querySelectorAll('#first .event-label')].find((a) => {
    const r = a.getBoundingClientRect();
    return r.width > 0 && r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight;
  }).getAttribute('href'));
  const label = page.locator(`#first .event-label[href="${href}"]:visible`).first();
  const e = data.events.find((x) => `?event=${x.id}` === href);
  assert.ok(e, `${href} is an event's link`);
  await label.click();
  // Its page, pre-rendered, while the app is still held back.
  await page.locator('#first .panel h2', { hasText: e.title }).waitFor();
  assert.ok(page.url().endsWith(href));
  const panel = await page.locator('#first .panel').textContent();
  for (const c of e.citations ?? []) assert.ok(panel.includes(c.says), `"${c.says.slice(0, 30)}…"`);
  await context.close();
});

test('a tap on a control that needs the app is done once the app has started', async () => {
  const { page, context, release } = await held('', { width: 1280, height: 720 });
  await page.locator('#first .sources-button').click();
  await page.locator('#first input.search').fill('Yezhov');
  release();
  assert.ok(await takenOver(page));
  await page.getByRole('dialog', { name: 'The five sources' }).waitFor();
  assert.equal(await page.locator('input.search').inputValue(), 'Yezhov', 'what was typed is kept');
  await page.keyboard.press('Escape');
  assert.match(await page.locator('.match-count').textContent(), /of \d+ events match/);
  await context.close();
});

test('the reference heights of the width classes are the page\'s', async () => {
  // core/src/prerender/classes.rs says how tall the strip is on each reference screen; the
  // page's frame decides it. When the frame changes, this says the new figures.
  const rust = fs.readFileSync(path.join(root, 'core/src/prerender/classes.rs'), 'utf8');
  const classes = [...rust.matchAll(/width: ([\d.]+),\s*viewport_h: ([\d.]+),\s*strip_h: ([\d.]+)/g)].map((m) => m.slice(1).map(Number));
  assert.ok(classes.length >= 6);
  const wrong = [];
  for (const [w, h, strip] of classes) {
    const { page, context } = await open('', { width: w, height: h });
    const real = await page.locator('.strip').evaluate((el) => el.getBoundingClientRect().height);
    if (Math.abs(real - strip) > 1) wrong.push(`${w}x${h}: strip ${real.toFixed(1)} px, classes.rs says ${strip}`);
    await context.close();
  }
  assert.deepEqual(wrong, []);
});

test('without WebAssembly the timeline, every event with its sources and the list still read', async () => {
  // JIT-less V8, as on a locked-down machine or in iOS Lockdown Mode: no WebAssembly.
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--js-flags=--jitless'] });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' })).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseUrl());
  assert.equal(await page.evaluate(() => typeof WebAssembly), 'undefined');
  const note = page.locator('.fv-note');
  await note.waitFor();
  assert.match(await note.textContent(), /WebAssembly/);
  assert.ok(await page.locator('#first .event-label').count() > 10, 'the timeline is drawn');
  assert.equal(await page.locator('#first .loading:visible').count(), 0, 'no endless "Loading…"');
  assert.ok(await page.evaluate(() => document.getElementById('app').inert), 'the app\'s empty page is out of the way');
  await page.screenshot({ path: path.join(shots, 'first-view-no-wasm.png') });
  // An event: its page, with what every source says.
  const label = page.locator('#first .event-label:visible', { hasText: 'Kirov assassinated' }).first();
  await label.click();
  await page.locator('#first .panel h2', { hasText: 'Kirov assassinated' }).waitFor();
  const kirov = data.events.find((e) => e.id === 'kirov-assassination');
  const panel = await page.locator('#first .panel').textContent();
  for (const c of kirov.citations) assert.ok(panel.includes(c.says), `"${c.says.slice(0, 30)}…"`);
  // The list, and from it another event.
  await page.locator('#first .list-toggle').click();
  await page.locator('#first .list-event').first().waitFor();
  assert.equal(await page.locator('#first .list-event').count(), data.events.length);
  await page.locator('#first .list-event', { hasText: 'Purge of the Red Army' }).click();
  await page.locator('#first .panel h2', { hasText: 'Purge of the Red Army' }).waitFor();
  assert.deepEqual(errors, []);
  await browser.close();
});

test('a ?data= link is never pre-rendered', async () => {
  const { page, context, release } = await held('?data=fixtures/far-window.json', { width: 1280, height: 720 });
  // What the page shows while the app is on its way: its "Loading…", painted.
  await page.locator('#app .loading').waitFor();
  await afterPaint(page);
  assert.equal(await page.locator('#first').isVisible(), false, 'no first view');
  assert.equal(await page.locator('.event-label:visible').count(), 0, 'nothing of the bundled timeline');
  assert.ok(await page.locator('#app .loading').isVisible(), 'the page says it is loading');
  release();
  await page.locator('.event-label', { hasText: 'The first event' }).first().waitFor();
  assert.equal(await page.locator('.event-label:visible', { hasText: 'Kirov' }).count(), 0);
  await context.close();
});
