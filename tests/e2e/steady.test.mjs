// End-to-end: what a class notices when the view shifts under it or hides what it asked
// for. Closing an event leaves every label where it was; the view buttons say what is
// shown; focus comes back to where it left; a label reached with Tab is brought into
// view; dimmed labels stay readable; the theme's name is whole; reading one source shows
// that source alone (with the others a click away), on screen and on paper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, data, afterPaint, until } from './harness.mjs';

/** Each drawn label's lane (from its place) and left edge, by event index. */
const places = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.strip li.event')].map((li) => {
  const r = li.querySelector('.event-label').getBoundingClientRect();
  return [li.dataset.i, { top: Math.round(r.top), left: Math.round(r.left) }];
})));

for (const [name, size] of [['a phone', { width: 360, height: 740 }], ['a desktop', { width: 1280, height: 720 }]]) {
  test(`on ${name}, closing an event moves no label of the strip to another row`, async () => {
    const { page, errors, context } = await open('', size);
    await page.locator('.event-label').first().waitFor();
    const label = page.locator('.event-label', { hasText: 'Kirov assassinated' });
    const stripWidth = () => document.querySelector('.strip').getBoundingClientRect().width;
    const wide = await page.evaluate(stripWidth);
    await label.click();
    await page.locator('.panel h2').waitFor();
    // The strip narrows beside the panel on a desktop (on a phone the panel is a sheet
    // over it); the labels are laid out again at its new width and painted.
    if (size.width >= 700) {
      assert.ok(await until(page, (w) => document.querySelector('.strip').getBoundingClientRect().width < w, wide),
        'the strip narrows beside the panel');
    }
    await afterPaint(page);
    const open_ = await places(page);
    await page.getByRole('button', { name: 'Close (Escape)' }).click();
    await page.locator('.panel').waitFor({ state: 'detached' });
    await page.waitForFunction(() => !document.querySelector('.stage.with-panel'));
    assert.ok(await until(page, (w) => document.querySelector('.strip').getBoundingClientRect().width === w, wide),
      'the strip has its whole width again');
    await afterPaint(page);
    const closed = await places(page);
    const moved = Object.keys(open_).filter((i) => closed[i] && closed[i].top !== open_[i].top);
    assert.deepEqual(moved, [], 'labels that changed rows');
    if (size.width < 700) {
      // The panel was a sheet over the strip: nothing moved at all.
      const shifted = Object.keys(open_).filter((i) => closed[i] && closed[i].left !== open_[i].left);
      assert.deepEqual(shifted, [], 'labels that moved sideways');
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('Escape in the compare table brings focus back to the cell the event was opened from', async () => {
  const { page, context } = await open('?compare=1');
  await page.locator('.compare-row').first().waitFor();
  const cell = page.locator('.compare-row[data-i] [role="gridcell"]').nth(7);
  await cell.focus();
  const where = await cell.evaluate((el) => [el.closest('.compare-row').dataset.i, el.dataset.c]);
  await page.keyboard.press('Enter');
  await page.locator('.panel h2').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.panel').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'gridcell');
  const back = await page.evaluate(() => [document.activeElement.closest('.compare-row').dataset.i, document.activeElement.dataset.c]);
  assert.deepEqual(back, where);
  await context.close();
});

test('a label reached with Tab but cut by the strip\'s edge is brought into view', async () => {
  const { page, context } = await open('', { width: 1024, height: 768 });
  await page.locator('.event-label').first().waitFor();
  // Tab until a label has focus: the first one Tab reaches.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.classList.contains('event-label'))) break;
  }
  // Focus pans the strip at once; the label is drawn in its new place in the next frame.
  await afterPaint(page);
  const inside = await page.evaluate(() => {
    const l = document.activeElement.getBoundingClientRect();
    const s = document.querySelector('.strip').getBoundingClientRect();
    return { left: l.left - s.left, right: s.right - l.right, text: document.activeElement.textContent };
  });
  assert.ok(inside.left >= 0, `"${inside.text}" starts ${inside.left}px from the strip's left edge`);
  assert.ok(inside.right >= 0 || inside.left <= 20, `"${inside.text}" ends inside the strip`);
  await context.close();
});

test('the view buttons keep their names and say which view is shown', async () => {
  const { page, context } = await open();
  await page.locator('.event-label').first().waitFor();
  for (const [name, key] of [['List', 'l'], ['Compare', 'c']]) {
    const b = page.getByRole('button', { name, exact: true });
    assert.equal(await b.getAttribute('aria-pressed'), 'false');
    await page.keyboard.press(key);
    assert.equal(await b.getAttribute('aria-pressed'), 'true');
    assert.equal((await b.textContent()).trim(), name, 'the pressed button still says what it shows');
    await page.keyboard.press(key);
    assert.equal(await b.getAttribute('aria-pressed'), 'false');
  }
  await context.close();
});

/** The worst contrast of the dimmed labels on screen (text on what is behind it). */
const dimContrast = (page) => page.evaluate(() => {
  const parse = (c) => { const m = c.match(/[\d.]+/g).map(Number); return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 }; };
  const over = (top, under) => ({ r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1 });
  const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const behind = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.a > 0) layers.push(c);
      if (c.a >= 1) break;
    }
    // What shows through a label's translucent background: the strip's era bands.
    const era = [...document.querySelectorAll('.era')].find((b) => { const r = b.getBoundingClientRect(), l = el.getBoundingClientRect(); return r.left <= l.left && r.right >= l.left; });
    const base = parse(getComputedStyle(document.body).backgroundColor);
    const under = era ? over(parse(getComputedStyle(era).backgroundColor), base) : base;
    return layers.reverse().reduce((acc, c) => over(c, acc), under);
  };
  let worst = 99;
  for (const el of document.querySelectorAll('li.event.dim .event-label .title')) {
    const r = el.getBoundingClientRect();
    if (r.right < 0 || r.left > innerWidth) continue;
    let opacity = 1;
    for (let e = el; e; e = e.parentElement) opacity *= +getComputedStyle(e).opacity;
    const bg = behind(el);
    const fg = over({ ...parse(getComputedStyle(el).color), a: parse(getComputedStyle(el).color).a * opacity }, bg);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    worst = Math.min(worst, (a + 0.05) / (b + 0.05));
  }
  return worst;
});

for (const [theme, least] of [['light', 4.5], ['dark', 4.5], ['contrast', 7]]) {
  test(`dimmed labels stay readable in the ${theme} theme (${least}:1)`, async () => {
    const { page, context } = await open('');
    await context.addInitScript((t) => localStorage.setItem('purge-timeline-theme', t), theme);
    await page.goto(page.url().split('?')[0] + '?cat=army');
    await page.locator('li.event.dim .event-label').first().waitFor();
    const worst = await dimContrast(page);
    assert.ok(worst < 99, 'dimmed labels were measured');
    assert.ok(worst >= least, `dimmed label at ${worst.toFixed(2)}:1`);
    await context.close();
  });
}

test('the theme select shows its whole choice', async () => {
  for (const width of [1024, 1280, 1440]) {
    const { page, context } = await open('', { width, height: 800 });
    await page.locator('.event-label').first().waitFor();
    const select = page.getByRole('combobox', { name: 'Colour theme' });
    await select.selectOption('contrast');
    const fits = await select.evaluate((el) => {
      // The widest text the select can show, against the room it has for it.
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(el).font;
      probe.style.position = 'absolute';
      probe.textContent = el.selectedOptions[0].textContent;
      document.body.append(probe);
      const need = probe.getBoundingClientRect().width;
      probe.remove();
      const cs = getComputedStyle(el);
      const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 16; // the arrow
      return { need, room };
    });
    assert.ok(fits.room >= fits.need, `at ${width}px "High contrast" needs ${fits.need}px, has ${fits.room}px`);
    const rows = await page.evaluate(() => document.querySelector('header.top').getBoundingClientRect().height);
    if (width >= 1280) assert.ok(rows < 80, `the header stays one row at ${width}px (${rows}px)`);
    await context.close();
  }
});

test('reading one source: the compare table shows that document alone, the others a click away', async () => {
  const guide = data.sources.find((s) => s.id === 'study-guide');
  const { page, errors, context } = await open('?compare=1&src=study-guide');
  await page.locator('.compare-row').first().waitFor();
  const heads = () => page.locator('.compare-source .name').allTextContents();
  assert.deepEqual(await heads(), [guide.short_title]);
  const note = page.locator('.sources-note');
  assert.match(await note.textContent(), /Study guide only/);
  await note.getByRole('button', { name: `Show all ${data.sources.length} sources` }).click();
  assert.equal((await heads()).length, data.sources.length);
  await note.getByRole('button', { name: 'Only the picked sources' }).click();
  assert.deepEqual(await heads(), [guide.short_title]);
  // Printed, it is that document's column alone too.
  await page.emulateMedia({ media: 'print' });
  await page.locator('.compare-print').waitFor();
  assert.deepEqual(await page.locator('.compare-print thead th').allTextContents(), ['Event', guide.short_title]);
  assert.deepEqual(errors, []);
  await context.close();
});
