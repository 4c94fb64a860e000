// End-to-end: classroom projection (large type, high contrast, chrome folded away),
// guided tours stepped with the keyboard only, reveal mode, tour links, reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { open, shots, data, windowOf, addressShows, afterPaint, until, windowMoved, windowAtRest } from './harness.mjs';

async function withTheme(context, theme) {
  await context.addInitScript((t) => localStorage.setItem('purge-timeline-theme', t), theme);
}

/** Presses `key` and follows the strip's window a frame at a time until the key has moved
 * it and it has then been still for five frames: where it was, then each frame's new place. */
async function framesOfMove(page, key) {
  await page.evaluate(() => {
    const s = document.querySelector('.strip');
    window.__moves = { seen: [`${s.dataset.start} ${s.dataset.end}`], still: 0 };
  });
  await page.keyboard.press(key);
  const seen = await page.waitForFunction(() => {
    const s = document.querySelector('.strip');
    const now = `${s.dataset.start} ${s.dataset.end}`;
    const m = window.__moves;
    if (now === m.seen.at(-1)) m.still += 1; else { m.seen.push(now); m.still = 0; }
    return m.seen.length > 1 && m.still >= 5 && m.seen;
  }, null, { polling: 'raf', timeout: 10000 });
  return seen.jsonValue();
}

const px = (page, selector, prop) =>
  page.locator(selector).first().evaluate((el, p) => parseFloat(getComputedStyle(el)[p]), prop);

test('projection mode: one key in and out, large type, chrome folded away', async () => {
  const { page, errors, context } = await open('?event=kirov-assassination');
  await page.getByRole('complementary').waitFor();
  assert.ok(await page.locator('.filters').isVisible());
  await page.keyboard.press('p');
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('projection')));
  assert.equal(await page.locator('.filters').isVisible(), false, 'filters fold away');
  assert.equal(await page.locator('.overview').isVisible(), false);
  assert.ok(await px(page, '.panel .summary', 'fontSize') >= 28, 'panel body at least 28 px at 1280x720');
  assert.ok(await px(page, '.panel h2', 'fontSize') >= 40, 'panel title at least 40 px');
  assert.ok(await px(page, '.event-label', 'fontSize') >= 20, 'event labels enlarged');
  assert.ok(await px(page, '.tick.minor', 'fontSize') >= 18, 'axis labels enlarged');
  await addressShows(page, /mode=projection/);
  await page.getByRole('button', { name: 'Exit projection' }).click();
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('projection')), false);
  assert.ok(await page.locator('.filters').isVisible(), 'leaving restores the normal layout');
  await addressShows(page, /mode=projection/, false);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [w, h] of [[1024, 768], [1920, 1080]]) {
  test(`projection screenshot at ${w}x${h} in high contrast`, async () => {
    const { page, context } = await open('', { width: w, height: h });
    await withTheme(context, 'contrast');
    await page.goto(page.url().split('?')[0] + '?tour=kirov-to-great-terror&step=2&mode=projection');
    await page.locator('.tour-note').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'contrast');
    const body = await px(page, '.panel .summary', 'fontSize');
    assert.ok(body >= 28, `body ${body}px`);
    // Nothing spills out of the screen sideways.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
    await windowAtRest(page); // let the pan to the step finish
    await page.screenshot({ path: path.join(shots, `projection-contrast-${w}x${h}.png`) });
    await context.close();
  });
}

test('high-contrast projection: every visible text is at least 7:1 against its background', async () => {
  const { page, context } = await open('');
  await withTheme(context, 'contrast');
  await page.goto(page.url().split('?')[0] + '?tour=red-army-purge&step=4&mode=projection');
  await page.locator('.tour-note').waitFor();
  const worst = await page.evaluate(() => {
    const parse = (c) => { const m = c.match(/[\d.]+/g).map(Number); return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 }; };
    const over = (top, under) => ({ r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1 });
    const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.a > 0) layers.push(c);
        if (c.a >= 1) break;
      }
      return layers.reverse().reduce((acc, c) => over(c, acc), { r: 0, g: 0, b: 0, a: 1 });
    };
    const results = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || !el || el.closest('[aria-hidden="true"] .symbol')) continue;
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.width === 0 || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
      if (cs.visibility === 'hidden' || cs.display === 'none') continue;
      // Dimmed (filtered-out) events are deliberately faint; there are none in this view.
      let opacity = 1;
      for (let e = el; e; e = e.parentElement) opacity *= +getComputedStyle(e).opacity;
      const bg = background(el);
      const fg = over({ ...parse(cs.color), a: parse(cs.color).a * opacity }, bg);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      results.push({ text: n.textContent.trim().slice(0, 40), ratio: (a + 0.05) / (b + 0.05) });
    }
    results.sort((x, y) => x.ratio - y.ratio);
    return { count: results.length, worst: results.slice(0, 5) };
  });
  assert.ok(worst.count > 50, `checked ${worst.count} texts`);
  for (const w of worst.worst) assert.ok(w.ratio >= 7, `"${w.text}" has contrast ${w.ratio.toFixed(2)}:1`);
  await context.close();
});

test('a tour stepped with the keyboard only, with its step counter', async () => {
  const { page, errors, context } = await open();
  await page.locator('.event-label').first().waitFor();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Tours') break;
  }
  await page.keyboard.press('Enter');
  const menu = page.getByRole('dialog', { name: 'Guided tours' });
  await menu.waitFor();
  assert.equal(await menu.locator('article.tour-entry').count(), data.tours.length);
  await menu.locator('[data-tour="kirov-to-great-terror"] button').focus();
  await page.keyboard.press('Enter');
  const tour = data.tours.find((t) => t.id === 'kirov-to-great-terror');
  const n = tour.steps.length;
  const counter = () => page.locator('.panel .position').textContent();
  const title = () => page.locator('.panel h2').textContent();
  const titleOf = (k) => data.events.find((e) => e.id === tour.steps[k].event).title;
  assert.equal(await counter(), `1 / ${n}`);
  assert.equal(await title(), titleOf(0));
  // Opening the step put focus on its heading, in the panel.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'panel-title');
  const expectStep = async (step, key) => {
    assert.equal(await counter(), `${step} / ${n}`, `after ${key}`);
    assert.equal(await title(), titleOf(step - 1), `after ${key}`);
    assert.match(await page.locator('.tour-step').textContent(), new RegExp(`Step ${step} of ${n}`));
  };
  for (const [key, step] of [['ArrowRight', 2], ['ArrowRight', 3], ['ArrowLeft', 2], ['End', n], ['Home', 1]]) {
    await page.keyboard.press(key);
    await expectStep(step, key);
  }
  // Space and Page Down first scroll the panel that has focus, then step.
  const body = page.locator('.panel-body');
  const scrollable = await body.evaluate((b) => b.scrollHeight > b.clientHeight + 1);
  let presses = 0;
  while ((await counter()) === `1 / ${n}` && presses < 40) {
    const before = await body.evaluate((b) => b.scrollTop);
    await page.keyboard.press(presses % 2 ? ' ' : 'PageDown');
    presses += 1;
    if ((await counter()) === `1 / ${n}`) {
      // Keyboard scrolling is animated: wait for it to move, then to come to rest (a key
      // pressed mid-animation would cut it short, which a loaded machine makes likely).
      const moved = await page.waitForFunction((b0) => document.querySelector('.panel-body').scrollTop > b0, before, { timeout: 2000 })
        .then(() => true, () => false);
      assert.ok(moved, 'a key that did not step scrolled the panel');
      await page.evaluate(() => { window.__scrolled = { top: -1, still: 0 }; });
      await page.waitForFunction(() => {
        const top = document.querySelector('.panel-body').scrollTop;
        const s = window.__scrolled;
        if (top === s.top) s.still += 1; else Object.assign(s, { top, still: 0 });
        return s.still >= 3;
      }, null, { polling: 'raf', timeout: 5000 });
    }
  }
  await expectStep(2, 'Page Down at the end of the panel');
  if (scrollable) assert.ok(presses > 1, 'the panel scrolled before the tour stepped');
  await page.keyboard.press('Home');
  assert.match(await page.locator('.tour-note').textContent(), /congress of early 1934/);
  await addressShows(page, /tour=kirov-to-great-terror&step=1/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('reveal mode hides every event after the current one', async () => {
  const { page, context } = await open('?tour=moscow-show-trials&step=2&reveal=1');
  await page.locator('.tour-note').waitFor();
  const stepWindow = await windowOf(page);
  await page.keyboard.press('0'); // everything in view
  assert.ok(await windowMoved(page, stepWindow), '0 showed everything');
  await afterPaint(page);
  const current = data.events.find((e) => e.id === 'zinoviev-kamenev-1935');
  const when = (e) => e.start.replace(/^c\./, ''); // "c.1920" sorts as 1920
  const byTitle = new Map(data.events.map((e) => [e.title, e]));
  const shown = await page.locator('li.event .event-label .title').allTextContents();
  const clustered = await page.locator('.cluster').allTextContents();
  const total = shown.length + clustered.reduce((s, c) => s + +c.slice(1), 0);
  const earlier = data.events.filter((e) => when(e).localeCompare(when(current)) <= 0).length;
  assert.ok(total <= earlier + 2, `${total} events drawn, only ${earlier} are not later`);
  for (const t of shown) {
    const e = byTitle.get(t);
    assert.ok(e, `unknown label ${t}`);
    assert.ok(when(e).localeCompare('1935-02') < 0, `${t} (${e.start}) is after the current event`);
  }
  assert.ok(!shown.some((t) => t.includes('First Moscow show trial')));
  await page.keyboard.press('ArrowRight');
  await until(page, () => [...document.querySelectorAll('li.event .event-label .title')].some((t) => t.textContent.includes('First Moscow show trial')));
  assert.ok((await page.locator('li.event .event-label .title').allTextContents()).some((t) => t.includes('First Moscow show trial')), 'the next step appears');
  await page.getByRole('button', { name: 'Reveal' }).click();
  assert.equal(await page.getByRole('button', { name: 'Reveal' }).getAttribute('aria-pressed'), 'false');
  await context.close();
});

test('a tour step link reopens the same step', async () => {
  const first = await open('?tour=red-army-purge&step=1');
  await first.page.locator('.tour-note').waitFor();
  await first.page.keyboard.press('ArrowRight');
  await first.page.keyboard.press('ArrowRight');
  await addressShows(first.page, /tour=red-army-purge&step=3/);
  const url = first.page.url();
  await first.context.close();
  const { page, context } = await open(url.slice(url.indexOf('?')));
  await page.locator('.tour-note').waitFor();
  const tour = data.tours.find((t) => t.id === 'red-army-purge');
  assert.match(await page.locator('.tour-step').textContent(), new RegExp(`Step 3 of ${tour.steps.length}`));
  assert.equal(await page.locator('.tour-note').textContent(), tour.steps[2].note);
  assert.equal(await page.locator('.panel h2').textContent(), data.events.find((e) => e.id === tour.steps[2].event).title);
  await context.close();
});

test('with reduced motion the view jumps to the next step instead of animating', async () => {
  const { page, context } = await open('?tour=kirov-to-great-terror&step=1&mode=projection', { width: 1280, height: 720 }, { reducedMotion: 'reduce' });
  await page.locator('.tour-note').waitFor();
  // The window, frame by frame, from the key press until it has come to rest.
  const jump = await framesOfMove(page, 'End');
  assert.equal(jump.length, 2, `no animation after the key press: one jump, not ${jump.join(' → ')}`);
  await context.close();
  const moving = await open('?tour=kirov-to-great-terror&step=1&mode=projection', { width: 1280, height: 720 }, { reducedMotion: 'no-preference' });
  await moving.page.locator('.tour-note').waitFor();
  const pan = await framesOfMove(moving.page, 'End');
  assert.ok(pan.length > 3, `animated pan moves over several frames: ${pan.join(' → ')}`);
  assert.equal(pan.at(-1), jump.at(-1), 'both end on the same view');
  await moving.context.close();
});

test('projected, share (with a QR code a room can scan) and the sources are at hand', async () => {
  const { page, context } = await open('?event=army-purge&mode=projection', { width: 1024, height: 768 });
  await page.locator('.panel h2').waitFor();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const qr = page.locator('dialog[open] .qr svg');
  await qr.waitFor();
  const box = await qr.boundingBox();
  assert.ok(box.height >= 768 * 0.55, `QR code ${box.height}px tall`);
  assert.ok(box.y >= 0 && box.y + box.height <= 768, 'the whole code is on screen');
  // The code opens the same view for a student, not projection mode.
  assert.doesNotMatch(await page.locator('dialog[open] .share-link').inputValue(), /mode=projection/);
  await page.screenshot({ path: path.join(shots, 'projection-share-1024.png') });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  await page.getByRole('dialog', { name: 'The five sources' }).waitFor();
  await context.close();
});

test('leaving fullscreen with the browser\'s own key leaves projection cleanly', async () => {
  const { page, context } = await open();
  await page.locator('.event-label').first().waitFor();
  await page.getByRole('button', { name: 'Project' }).click();
  await page.waitForFunction(() => document.fullscreenElement !== null, null, { timeout: 3000 });
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('projection')));
  // What the browser does on Escape: it leaves fullscreen without telling the page's keys.
  await page.evaluate(() => document.exitFullscreen());
  await page.waitForFunction(() => !document.documentElement.classList.contains('projection'), null, { timeout: 3000 });
  assert.ok(await page.locator('.filters').isVisible());
  await addressShows(page, /mode=projection/, false);
  await context.close();
});

test('projected at 1920x1080, titles are cut only where their lane has no room, era names never lose theirs', async () => {
  const { page, context } = await open('?mode=projection&from=1932&to=1940', { width: 1920, height: 1080 });
  await page.locator('.event-label').first().waitFor();
  // Laid out at the strip's real size, in projection's type, and painted.
  await page.locator('.strip:not(.unmeasured)').waitFor();
  await afterPaint(page);
  const cut = await page.evaluate(() => {
    const strip = document.querySelector('.strip').getBoundingClientRect();
    const items = [...document.querySelectorAll('li.event')].map((li) => {
      const label = li.querySelector('.event-label');
      const r = label.getBoundingClientRect();
      const bar = li.querySelector('.bar').getBoundingClientRect();
      return { li, label, r, left: Math.min(r.left, bar.left), top: Math.round(li.getBoundingClientRect().top) };
    });
    const bad = [];
    for (const it of items) {
      if (it.label.scrollWidth <= it.label.clientWidth + 1 || it.r.right < strip.left) continue;
      const next = items.filter((o) => o.top === it.top && o.left > it.r.left).reduce((m, o) => Math.min(m, o.left), strip.right);
      if (next - it.r.right > 40) bad.push(`${it.label.textContent} (${Math.round(next - it.r.right)}px free)`);
    }
    const eras = [...document.querySelectorAll('.era-label')]
      .filter((l) => l.scrollWidth > l.clientWidth + 1 && !(l.title || '').startsWith(l.textContent))
      .map((l) => l.textContent);
    return { bad, eras, n: items.length };
  });
  assert.ok(cut.n > 5);
  assert.deepEqual(cut.bad, [], 'titles cut although their lane has room');
  assert.deepEqual(cut.eras, [], 'era names cut without their full name');
  await context.close();
});
