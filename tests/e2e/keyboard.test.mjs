// End-to-end: keyboard and focus (WCAG 2.2 focus order, focus not obscured, no keyboard
// trap). Skip links; every dialog takes focus, keeps Tab inside, closes on Escape and
// gives focus back; opening and closing an event moves focus to its heading and back to
// its label; focus never falls to the page when what held it goes away; Space acts on the
// focused control only; the period select works with the arrow keys; labels off screen
// or under the phone's event sheet are not Tab stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, windowOf, data, afterPaint, until, windowMoved } from './harness.mjs';

const active = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return {
    tag: a?.tagName, id: a?.id, cls: a?.className ?? '', text: a?.textContent?.trim().slice(0, 60),
    onBody: a === document.body || a === null, inDialog: !!a?.closest('dialog[open]'),
  };
});

async function ready(page) {
  await page.locator('.event-label').first().waitFor();
}

test('skip links are the first Tab stops and land on the timeline and the open event', async () => {
  const { page, context } = await open();
  await ready(page);
  await page.keyboard.press('Tab');
  assert.equal((await active(page)).text, 'Skip to the timeline');
  assert.ok(await page.getByRole('link', { name: 'Skip to the timeline' }).isVisible(), 'visible when focused');
  await page.keyboard.press('Enter');
  assert.equal((await active(page)).id, 'timeline', 'the strip has focus');
  assert.equal(await page.getByRole('link', { name: 'Skip to the open event' }).count(), 0, 'only with an event open');
  // With an event open, the second skip link goes to it.
  await page.getByRole('link', { name: /^Kirov assassinated, 1 Dec 1934$/ }).click();
  await page.locator('.panel h2').waitFor();
  await page.getByRole('link', { name: 'Skip to the timeline' }).focus();
  await page.keyboard.press('Tab');
  assert.equal((await active(page)).text, 'Skip to the open event');
  await page.keyboard.press('Enter');
  assert.equal((await active(page)).id, 'panel-title');
  await context.close();
});

const DIALOGS = [
  ['Share', 'Share this view'],
  ['Sources', 'The five sources'],
  ['Tours', 'Guided tours'],
  ['By person', 'Filter by people'],
  ['By source', 'Filter by source document'],
];

for (const [button, title] of DIALOGS) {
  test(`the ${title.toLowerCase()} dialog takes focus, keeps Tab inside, and gives focus back`, async () => {
    const { page, context } = await open();
    await ready(page);
    const opener = page.getByRole('button', { name: button, exact: true });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    // The dialog takes focus in the frame after it opens.
    await until(page, () => !!document.activeElement?.closest('dialog[open]'));
    assert.ok((await active(page)).inDialog, 'focus moved into the dialog');
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
      const a = await active(page);
      assert.ok(a.inDialog, `Tab ${i + 1} left the dialog for ${a.tag}.${a.cls}`);
    }
    // The page behind is inert: nothing there can take focus.
    const behind = await page.evaluate(() => {
      const label = document.querySelector('.event-label');
      label.focus();
      return document.activeElement === label;
    });
    assert.equal(behind, false, 'the page behind took focus');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal((await active(page)).text, button, 'focus is back on the button that opened it');
    await context.close();
  });
}

// The browser closes a dialog on Escape at once and says so a task later: a teacher who
// presses Escape and then a key of the page at once gets what that key does, every time.
test('a key pressed right after Escape closes a dialog is the page\'s again', async () => {
  const { page, context } = await open();
  await ready(page);
  const list = page.locator('.list-toggle[aria-pressed="true"]');
  for (let i = 0; i < 8; i++) {
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('dialog', { name: 'Share this view' }).locator('svg').first().waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('l');
    const shown = await list.waitFor({ timeout: 2000 }).then(() => true, () => false);
    assert.ok(shown, `try ${i + 1}: L right after Escape did not open the list`);
    await page.keyboard.press('l');
    await list.waitFor({ state: 'detached' });
  }
  await context.close();
});

test('opening an event focuses its heading; closing returns focus to its label', async () => {
  const { page, context } = await open();
  await ready(page);
  const label = page.getByRole('link', { name: /^Kirov assassinated, 1 Dec 1934$/ });
  await label.focus();
  await page.keyboard.press('Enter');
  await page.locator('.panel h2').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'panel-title');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.activeElement?.id === 'panel-title' && !/Kirov/.test(document.activeElement.textContent));
  const next = await page.locator('.panel h2').textContent();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.classList.contains('event-label'));
  const a = await active(page);
  assert.match(a.text, new RegExp(next.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 20)), 'back on the label of the event that was open');
  await context.close();
});

test('focus never falls to the page when what held it goes away', async () => {
  const { page, context } = await open();
  await ready(page);
  // A focused label panned off screen.
  const first = page.locator('.event-label').first();
  const focused = await first.elementHandle();
  await first.focus();
  const w0 = await windowOf(page);
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowLeft');
  // The pan has taken the label off the strip, and that is painted.
  assert.ok(await windowMoved(page, w0), 'the arrows panned the strip');
  assert.ok(await until(page, (l) => {
    const r = l.getBoundingClientRect();
    const s = document.querySelector('.strip').getBoundingClientRect();
    return !l.isConnected || r.left >= s.right || r.right <= s.left;
  }, focused), 'the focused label went off screen');
  await afterPaint(page);
  let a = await active(page);
  assert.ok(!a.onBody, 'after panning the focused label away');
  // Zooming into a cluster from the keyboard.
  const panned = await windowOf(page);
  await page.keyboard.press('0');
  assert.ok(await windowMoved(page, panned), '0 shows everything');
  await afterPaint(page);
  const all = await windowOf(page);
  await page.locator('.cluster').first().focus();
  await page.keyboard.press('Enter');
  // The view zooms to the cluster's events; focus is handed on once that is painted.
  assert.ok(await windowMoved(page, all), 'Enter on a cluster zoomed into it');
  await afterPaint(page);
  a = await active(page);
  assert.ok(!a.onBody, 'after zooming into a cluster');
  // Leaving the list view from one of its rows.
  await page.keyboard.press('l');
  await page.locator('.list-event').first().focus();
  await page.keyboard.press('l');
  // The strip is back in place of the list; focus is handed on once that is painted.
  await page.locator('.list-event').first().waitFor({ state: 'detached' });
  await page.locator('.strip').waitFor();
  await afterPaint(page);
  a = await active(page);
  assert.ok(!a.onBody, 'after leaving the list');
  // Starting a tour: focus goes to the first step's heading.
  await page.getByRole('button', { name: 'Tours' }).click();
  await page.locator('[data-tour="moscow-show-trials"] button').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'panel-title');
  // "Show the N events" in the sources dialog.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sources', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-source="flashcards"] .show-events').focus();
  await page.keyboard.press('Enter');
  // The dialog closes on the filtered timeline; focus is handed on once that is painted.
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
  await afterPaint(page);
  a = await active(page);
  assert.ok(!a.onBody, 'after "Show the events"');
  await context.close();
});

test('Space on a focused label opens that event and does nothing more', async () => {
  const { page, context } = await open();
  await ready(page);
  const label = page.getByRole('link', { name: /^Kirov assassinated, 1 Dec 1934$/ });
  await label.focus();
  await page.keyboard.press(' ');
  await page.locator('.panel h2').waitFor();
  // Anything more the key did (a step to the next event) would be painted by now.
  await afterPaint(page);
  assert.equal(await page.locator('.panel h2').textContent(), 'Kirov assassinated');
  await context.close();
});

test('the period select moves through periods with the arrow keys', async () => {
  const { page, context } = await open();
  await ready(page);
  const select = page.getByRole('combobox', { name: 'Jump to a period' });
  const shown = () => select.evaluate((s) => s.selectedOptions[0]?.textContent);
  await select.focus();
  const w0 = await windowOf(page);
  await page.keyboard.press('ArrowDown');
  // The first choice is the view the timeline opened on, so nothing visibly moves: wait
  // for a painted frame before reading the view (and the choice still shown).
  await afterPaint(page);
  const first = await select.inputValue();
  const firstShown = await shown();
  const w1 = await windowOf(page);
  await page.keyboard.press('ArrowDown');
  await windowMoved(page, w1);
  await afterPaint(page);
  const second = await select.inputValue();
  const secondShown = await shown();
  const w2 = await windowOf(page);
  assert.notEqual(first, '', 'the first choice stays shown');
  assert.notEqual(second, first, 'the second arrow chose the next period');
  assert.notDeepEqual(w2, w1, 'the second choice moved the view');
  for (const w of [w0, w1, w2]) {
    assert.ok(Number.isFinite(w.start) && Number.isFinite(w.end) && w.end > w.start, `a window of some width: ${JSON.stringify(w)}`);
  }
  // The first two choices: the core of the story, which the timeline opens on, then
  // everything, which widens the view on both sides.
  assert.equal(firstShown, 'The core of the story');
  assert.deepEqual(w1, w0, 'the core of the story is the view the timeline opened on');
  assert.equal(secondShown, 'Everything');
  assert.ok(w2.start < w1.start && w2.end > w1.end, `everything (${JSON.stringify(w2)}) holds the core of the story (${JSON.stringify(w1)}) and more`);
  // Moving the view away clears the choice.
  await page.keyboard.press('Escape');
  await page.locator('.strip').focus();
  await page.keyboard.press('+');
  assert.ok(await windowMoved(page, w2), '+ zoomed in');
  await until(page, () => document.querySelector('select.presets').value === '');
  assert.equal(await select.inputValue(), '');
  await context.close();
});

test('labels off screen, and the page under the phone event sheet, are not Tab stops', async () => {
  const { page, context } = await open('?from=1934-06&to=1935-06');
  await ready(page);
  const stops = await page.evaluate(() => {
    const strip = document.querySelector('.strip').getBoundingClientRect();
    return [...document.querySelectorAll('.event-label')].map((b) => {
      const r = b.getBoundingClientRect();
      return { on: r.right > strip.left && r.left < strip.right, tab: b.tabIndex };
    });
  });
  assert.ok(stops.some((s) => !s.on), 'some labels are laid out off screen');
  for (const s of stops) assert.equal(s.tab, s.on ? 0 : -1);
  await context.close();

  const phone = await open('?event=stalin-born', { width: 360, height: 740 });
  await phone.page.locator('.panel h2').waitFor();
  for (let i = 0; i < 30; i++) {
    await phone.page.keyboard.press('Tab');
    // Past the last control Tab goes to the browser itself (the page, here), never to
    // the timeline or the header under the sheet.
    const where = await phone.page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return 'page';
      return a.closest('.panel') ? 'sheet' : a.closest('.skip-links') ? 'skip' : `${a.tagName}.${a.className}`;
    });
    assert.ok(['page', 'sheet', 'skip'].includes(where), `Tab ${i + 1} reached ${where} under the sheet`);
  }
  await phone.context.close();
});

test('a dialog scrolls with Page Down and the event does not change', async () => {
  const { page, context } = await open('?event=kirov-assassination');
  await page.locator('.panel h2').waitFor();
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const body = page.locator('dialog[open] .dialog-body');
  await body.waitFor();
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => document.querySelector('dialog[open] .dialog-body').scrollTop > 0, null, { timeout: 3000 });
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.panel h2').textContent(), 'Kirov assassinated');
  assert.ok(data.events.length > 0);
  await context.close();
});
