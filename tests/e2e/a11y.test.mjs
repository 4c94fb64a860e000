// End-to-end: accessibility checked by axe-core (WCAG 2.2 A/AA and best practices) in
// every view a class meets, category colours that stand out in every theme, and a page
// that does not move once painted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, axeViolations, data, generated, root, afterPaint, chunksFetched } from './harness.mjs';

fs.copyFileSync(path.join(root, 'node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv'), path.join(generated, 'a11y-class.csv'));

/** Chooses a colour theme, and waits until the page wears it. */
async function setTheme(page, theme) {
  await page.evaluate((t) => {
    const s = document.querySelector('select.theme');
    s.value = t;
    // As the browser sends it when a reader chooses: it bubbles.
    s.dispatchEvent(new Event('change', { bubbles: true }));
  }, theme);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

/** Opens a dialog with its button, and waits until it is open. */
const dialog = (name, exact = false) => async (page) => {
  await page.getByRole('button', { name, exact }).click();
  await page.locator('dialog[open]').waitFor();
};

// [name, link, viewport, what to do before checking]
const VIEWS = [
  ['first view', '', null, null],
  ['an event with disputes', '?event=kirov-assassination', null, null],
  ['the list', '?list=1', null, null],
  ['the sources dialog', '', null, dialog('Sources', true)],
  ['the share dialog', '?event=army-purge', null, dialog('Share', true)],
  ['the tours dialog', '', null, dialog('Tours')],
  ['the people picker', '', null, dialog('By person')],
  ['the source picker', '', null, dialog('By source')],
  ['a tour step', '?tour=kirov-to-great-terror&step=2', null, null],
  ['a filtered strip with clusters', '?cat=army&from=1879&to=1988', null, null],
  ['projection, light', '?event=kirov-assassination&mode=projection', { width: 1024, height: 768 }, (p) => setTheme(p, 'light')],
  ['projection, dark', '?event=kirov-assassination&mode=projection', { width: 1024, height: 768 }, (p) => setTheme(p, 'dark')],
  ['projection, high contrast', '?event=army-purge&mode=projection', { width: 1920, height: 1080 }, (p) => setTheme(p, 'contrast')],
  ['the list in the dark theme', '?list=1&cat=party', null, (p) => setTheme(p, 'dark')],
  ['the compare table', '?compare=1', null, null],
  ['the compare table with an event open, dark', '?compare=1&differ=1&event=army-purge', null, (p) => setTheme(p, 'dark')],
  ['the compare table projected, high contrast', '?compare=1&cat=army&mode=projection', { width: 1024, height: 768 }, (p) => setTheme(p, 'contrast')],
  ['the compare table on a 360 px phone', '?compare=1&cat=army', { width: 360, height: 740 }, null],
  ["a class's own timeline (TimelineJS CSV)", '?data=generated/a11y-class.csv', null, null],
  ['a 360 px phone', '', { width: 360, height: 740 }, null],
  ['an event on a 360 px phone', '?event=stalin-born', { width: 360, height: 740 }, null],
];

for (const [name, query, viewport, act] of VIEWS) {
  test(`axe finds no violation: ${name}`, async () => {
    const { page, errors, context } = await open(query, viewport ?? undefined);
    await page.locator('.event-label, .list-event, .compare-row').first().waitFor();
    if (act) {
      await act(page);
      await afterPaint(page);
    }
    if (query.includes('event=') || query.includes('tour=')) await page.locator('.panel h2').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('category colours stand out at 3:1 in every theme, on the strip and the toggles', async () => {
  const { page, context } = await open('?from=1879&to=1988');
  await page.locator('.event-label').first().waitFor();
  for (const theme of ['light', 'dark', 'contrast']) {
    await setTheme(page, theme);
    const worst = await page.evaluate(() => {
      const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
        .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
      const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const root = getComputedStyle(document.documentElement);
      const backgrounds = ['--bg', '--surface'].map((v) => {
        const d = document.createElement('div');
        d.style.color = root.getPropertyValue(v);
        document.body.append(d);
        const c = rgb(getComputedStyle(d).color);
        d.remove();
        return c;
      });
      const out = [];
      for (const bar of document.querySelectorAll('li.event .bar')) out.push(['bar', rgb(getComputedStyle(bar).backgroundColor)]);
      for (const sym of document.querySelectorAll('button.cat .symbol')) out.push(['toggle symbol', rgb(getComputedStyle(sym).color)]);
      for (const cat of document.querySelectorAll('button.cat')) out.push(['toggle border', rgb(getComputedStyle(cat).borderTopColor)]);
      let min = [Infinity, ''];
      for (const [what, c] of out) for (const b of backgrounds) {
        const r = ratio(c, b);
        if (r < min[0]) min = [r, `${what} rgb(${c}) on rgb(${b})`];
      }
      return { min, n: out.length };
    });
    assert.ok(worst.n > 20, 'colours found');
    assert.ok(worst.min[0] >= 3, `${theme}: ${worst.min[1]} is ${worst.min[0].toFixed(2)}:1`);
  }
  await context.close();
});

test('nothing moves once the first events are painted (no layout shift)', async () => {
  for (const viewport of [{ width: 412, height: 823 }, { width: 1350, height: 940 }]) {
    const { page, context } = await open('', viewport);
    await page.evaluate(() => {
      window.__shift = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    await page.locator('.event-label').first().waitFor();
    // What the page does on its own after its first paint ends with fetching the app's
    // chunks: once they are all in, and a frame after them is painted, nothing is left
    // that could move.
    await chunksFetched(page);
    await afterPaint(page);
    assert.equal(await page.evaluate(() => window.__shift), 0, `layout shift at ${viewport.width}px`);
    await context.close();
  }
});
