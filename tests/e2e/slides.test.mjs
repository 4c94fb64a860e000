// End-to-end: the projected slide as a class reads it from the back of the room. Every
// press of a clicker shows something new, never a line cut in half; the pages are the same
// however the event was reached; every text is 28 px or more at 1024x768 (a locator 24 px);
// the slide has most of the screen; a clicker with nothing open starts from what is on
// screen. Checked on the shipped events with the most text, in a tour and in high
// contrast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { open, shots, data } from './harness.mjs';

// The shipped events with the most text on a slide, and the two a class meets first.
const textOf = (e) => [e.summary, ...(e.citations ?? []).map((c) => c.says), ...(e.disputes ?? []).flatMap((d) => d.claims.map((c) => c.value))].join(" ").length;
const longest = [...data.events].sort((a, b) => textOf(b) - textOf(a)).slice(0, 2).map((e) => e.id);
const events = [...new Set(['kirov-assassination', 'army-purge', ...longest])];

/** What the slide shows now: every line box of its text (and each box that cannot be cut)
 * with a key, whether it is wholly in view, and whether the view's edges cut it; the sizes
 * of the texts in view. */
function look(page) {
  return page.evaluate(() => {
    const body = document.querySelector('.panel-body');
    const box = body.getBoundingClientRect();
    const clip = +(getComputedStyle(body).clipPath.match(/inset\(0px 0px ([\d.]+)px/)?.[1] ?? 0);
    const top = box.top;
    const bottom = Math.min(box.bottom - clip, innerHeight);
    const lines = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let n = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode(), n++) {
      if (!t.textContent.trim()) continue;
      range.selectNodeContents(t);
      [...range.getClientRects()].forEach((r, k) => {
        if (r.height > 0) lines.push({ key: `${n}:${k}`, top: r.top, bottom: r.bottom, text: t.textContent.slice(0, 30), el: t.parentElement });
      });
    }
    const shown = lines.filter((l) => l.top >= top - 1 && l.bottom <= bottom + 1).map((l) => l.key);
    const cut = lines.filter((l) => (l.top < top - 1 && l.bottom > top + 1) || (l.top < bottom - 1 && l.bottom > bottom + 1))
      .map((l) => `${l.text}… (${Math.round(l.top)}..${Math.round(l.bottom)} against ${Math.round(top)}..${Math.round(bottom)})`);
    const small = lines.filter((l) => l.top >= top - 1 && l.bottom <= bottom + 1).map((l) => {
      const size = parseFloat(getComputedStyle(l.el).fontSize);
      const least = l.el.closest('.where') ? 24 : 28;
      return size < least ? `${l.text}… ${size}px (${l.el.className || l.el.tagName})` : null;
    }).filter(Boolean);
    return {
      all: lines.map((l) => l.key),
      shown,
      cut,
      small: [...new Set(small)],
      progress: document.querySelector('.slide-progress')?.textContent,
      title: document.querySelector('.panel h2')?.textContent,
      share: document.querySelector('.panel').getBoundingClientRect().height / innerHeight,
    };
  });
}

/** Presses Page Down through the open event, checking every page; returns the pages seen. */
async function pageThrough(page, what) {
  const first = await look(page);
  const seen = new Set();
  const pages = [];
  for (let i = 0; i < 30; i++) {
    const now = await look(page);
    if (now.title !== first.title) break;
    assert.deepEqual(now.cut, [], `${what}, page ${i + 1}: lines cut by the page's edges`);
    assert.deepEqual(now.small, [], `${what}, page ${i + 1}: text under 28 px`);
    const fresh = now.shown.filter((k) => !seen.has(k));
    assert.ok(fresh.length > 0, `${what}, page ${i + 1} (${now.progress}) shows nothing new`);
    fresh.forEach((k) => seen.add(k));
    pages.push(now.progress);
    await page.keyboard.press('PageDown');
    await page.waitForFunction((p) => document.querySelector('.slide-progress')?.textContent !== p, now.progress, { timeout: 3000 });
    // Stepping on to the next event changes the bar and the body in frames of their own:
    // look once both are painted, so one press is never taken for two.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  const missed = first.all.filter((k) => !seen.has(k));
  assert.deepEqual(missed, [], `${what}: lines never shown whole`);
  return pages;
}

for (const [w, h] of [[1024, 768], [1920, 1080]]) {
  for (const id of events) {
    test(`projected at ${w}x${h}, "${id}" pages through whole lines, something new on every press, text of 28 px or more`, async () => {
      const { page, errors, context } = await open(`?event=${id}&mode=projection`, { width: w, height: h });
      await page.locator('.panel h2').waitFor();
      await page.locator('.slide-progress', { hasText: /\/\d+$/ }).waitFor();
      const start = await look(page);
      assert.ok(start.share >= 0.7, `the slide has ${Math.round(start.share * 100)}% of the screen`);
      const pages = await pageThrough(page, `${id} at ${w}x${h}`);
      assert.match(pages[0], /summary 1\/(\d+)$/);
      const n = +pages[0].match(/\/(\d+)$/)[1];
      assert.equal(pages.length, n, `${pages.length} pages seen, ${n} announced`);
      // Stepping back into it from the next event lands on its last page, with the same pages.
      await page.keyboard.press('PageUp');
      await page.locator('.panel h2', { hasText: start.title }).waitFor();
      // The slide is paged once its text is measured, a frame or two after the heading
      // shows: wait for the bar to settle on the last page (the assertion says if not).
      await page.waitForFunction((p) => document.querySelector('.slide-progress')?.textContent === p,
        pages.at(-1), { timeout: 3000 }).catch(() => {});
      const back = await look(page);
      assert.equal(back.progress, pages.at(-1), 'stepped back onto the last page, counted alike');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('the clicker with no event open starts from the first (or last) event on screen', async () => {
  const { page, context } = await open('?mode=projection', { width: 1024, height: 768 });
  await page.locator('.event-label').first().waitFor();
  // The view opens on 1927-1941 (the data's default window); the timeline runs 1879-1988.
  const [from, to] = [data.default_window.from, data.default_window.to].map((d) => +d.slice(0, 4));
  const years = (title) => {
    const e = data.events.find((x) => x.title === title);
    const y = (d) => +d.replace(/^c\./, '').slice(0, 4);
    return [y(e.start), y(e.end ?? e.start)];
  };
  const onScreen = (title) => years(title)[1] >= from && years(title)[0] <= to;
  await page.keyboard.press('PageDown');
  const first = await page.locator('.panel h2').textContent();
  assert.ok(onScreen(first), `Page Down opened ${first} (${years(first)})`);
  await page.keyboard.press('Escape');
  await page.locator('.panel').waitFor({ state: 'detached' });
  await page.keyboard.press('PageUp');
  const last = await page.locator('.panel h2').textContent();
  assert.ok(onScreen(last), `Page Up opened ${last} (${years(last)})`);
  assert.notEqual(first, last);
  await context.close();
});

test('a tour in high contrast pages like any slide, its question first', async () => {
  const { page, context } = await open('', { width: 1024, height: 768 });
  await context.addInitScript(() => localStorage.setItem('purge-timeline-theme', 'contrast'));
  await page.goto(page.url().split('?')[0] + '?tour=kirov-to-great-terror&step=2&mode=projection');
  await page.locator('.tour-note').waitFor();
  await page.locator('.slide-progress', { hasText: /\/\d+$/ }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'contrast');
  assert.match(await page.locator('.slide-progress').textContent(), /tour 1\//, 'the question opens the slide');
  const share = await page.evaluate(() => document.querySelector('.panel').getBoundingClientRect().height / innerHeight);
  assert.ok(share >= 0.7, `the slide has ${Math.round(share * 100)}% of the screen`);
  await pageThrough(page, 'tour step 2');
  assert.match(await page.locator('.tour-step').textContent(), /Step 3 of/);
  await context.close();
});

test('every page of "Purge of the Red Army" at 1024x768, for looking at', async () => {
  const { page, context } = await open('?event=army-purge&mode=projection', { width: 1024, height: 768 });
  await page.locator('.slide-progress', { hasText: /\/\d+$/ }).waitFor();
  const n = +(await page.locator('.slide-progress').textContent()).match(/\/(\d+)$/)[1];
  for (let k = 1; k <= n; k++) {
    await page.screenshot({ path: path.join(shots, `slide-army-purge-1024-${k}.png`) });
    const before = await page.locator('.slide-progress').textContent();
    await page.keyboard.press('PageDown');
    if (k < n) await page.waitForFunction((p) => document.querySelector('.slide-progress')?.textContent !== p, before);
  }
  await context.close();
});
