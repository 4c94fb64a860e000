// End-to-end: filtering to a strand, search in other spellings, the per-source panels
// and disagreements, the sources view, and the same run with the keyboard only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { open, shots, data, matchCount, shownTitles, eventsWhere, addressShows, afterPaint, until } from './harness.mjs';

const armyTitles = new Set(eventsWhere((e) => e.categories.includes('army')).map((e) => e.title));

test('filtering to the army leaves only army events and updates the counts', async () => {
  const { page, errors, context } = await open();
  await page.locator('.event-label').first().waitFor();
  assert.equal(await matchCount(page), data.events.length);
  const army = page.getByRole('button', { name: /The army/ });
  const badge = +(await army.locator('.count').textContent());
  assert.equal(badge, armyTitles.size, 'the toggle counts every army event');
  await army.click();
  assert.equal(await army.getAttribute('aria-pressed'), 'true');
  assert.equal(await matchCount(page), armyTitles.size);
  // Dimmed by default: every undimmed event is an army event.
  for (const t of await shownTitles(page)) assert.ok(armyTitles.has(t), `${t} is not an army event`);
  await page.getByRole('button', { name: 'Hide others' }).click();
  await page.getByRole('button', { name: 'Fit all' }).click();
  const all = await page.locator('li.event .event-label .title').allTextContents();
  assert.ok(all.length > 0);
  for (const t of all) assert.ok(armyTitles.has(t), `${t} shown while hiding non-army events`);
  // Other categories' counts now reflect nothing but the search/people/source filters.
  const party = +(await page.getByRole('button', { name: /The party/ }).locator('.count').textContent());
  assert.equal(party, eventsWhere((e) => e.categories.includes('party')).length);
  await page.screenshot({ path: path.join(shots, 'filter-army.png') });
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  assert.equal(await matchCount(page), data.events.length);
  assert.deepEqual(errors, []);
  await context.close();
});

test('searching "Zinovyev" finds the Zinoviev events, with a count', async () => {
  const { page, context } = await open();
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Zinovyev');
  const zinoviev = eventsWhere((e) => e.people.includes('zinoviev') || /zinov/i.test(JSON.stringify(e)));
  const expected = zinoviev.length;
  assert.equal(await matchCount(page), expected);
  assert.match(await page.locator('.match-count').textContent(), new RegExp(`^${expected} of ${data.events.length} events match(es)?`));
  await page.getByRole('button', { name: 'Fit all' }).click();
  // The matches drawn are highlighted, and only they (the rest sit in clusters).
  const hits = await page.locator('li.event.hit .event-label .title').allTextContents();
  const titles = new Set(zinoviev.map((e) => e.title));
  assert.ok(hits.length >= 3, `highlighted: ${hits}`);
  for (const h of hits) assert.ok(titles.has(h), `${h} is highlighted but not a match`);
  await page.getByRole('searchbox', { name: 'Search events' }).fill('Tukhachevski');
  assert.ok(await matchCount(page) >= 2);
  await context.close();
});

test('an event whose sources disagree shows both values with their sources', async () => {
  const { page, context } = await open('?event=stalin-born');
  const box = page.locator('.disputes-box');
  await box.waitFor();
  const claims = await box.locator('.claim').allTextContents();
  assert.equal(claims.length, 2);
  assert.match(claims[0], /1879.*according to Study guide; Web article/);
  assert.match(claims[1], /1878.*according to Web article/);
  assert.match(await page.locator('.editor-note').textContent(), /disagrees with itself/);
  assert.equal(await page.locator('.panel .source-card').count(), 2);
  await context.close();
});

test('clicking a person in the panel filters to that person', async () => {
  const { page, context } = await open('?event=kirov-assassination');
  await page.getByRole('button', { name: 'Leonid Nikolaev' }).click();
  const expected = eventsWhere((e) => e.people.includes('nikolaev')).length;
  assert.equal(await matchCount(page), expected);
  assert.match(await page.locator('.people-button').textContent(), /By person \(1\)/);
  await addressShows(page, /people=nikolaev/);
  await context.close();
});

test('Previous and Next step through the filtered events in time order', async () => {
  const { page, context } = await open('?cat=army');
  await page.locator('.event-label').first().waitFor();
  // With nothing open, the clicker starts from the first matching event on screen.
  const shown = new Set(await shownTitles(page));
  await page.keyboard.press('PageDown');
  const army = eventsWhere((e) => e.categories.includes('army'));
  const panelTitle = () => page.locator('.panel h2').textContent();
  const position = async () => +(await page.locator('.panel .position').textContent()).match(new RegExp(`^(\\d+) / ${army.length}$`))[1];
  const firstTitle = await panelTitle();
  assert.ok(armyTitles.has(firstTitle));
  assert.ok(shown.has(firstTitle), `${firstTitle} was on screen`);
  const first = await position();
  await page.getByRole('button', { name: 'Next →' }).click();
  assert.ok(armyTitles.has(await panelTitle()));
  assert.notEqual(await panelTitle(), firstTitle);
  assert.equal(await position(), first + 1);
  await page.getByRole('button', { name: '← Previous' }).click();
  assert.equal(await panelTitle(), firstTitle);
  await context.close();
});

test('nothing matching says so and offers to clear', async () => {
  const { page, context } = await open('?q=xylophone');
  const none = page.locator('.no-match');
  await none.waitFor();
  assert.match(await none.textContent(), /No event matches/);
  await none.getByRole('button', { name: 'Clear filters' }).click();
  assert.equal(await matchCount(page), data.events.length);
  assert.equal(await page.locator('.no-match').count(), 0);
  await context.close();
});

test('the sources view lists the five documents and filters to one', async () => {
  const { page, context } = await open();
  await page.locator('.sources-button').click();
  const dialog = page.getByRole('dialog', { name: 'The five sources' });
  await dialog.waitFor();
  assert.equal(await dialog.locator('article.source-entry').count(), 5);
  assert.match(await dialog.textContent(), /Blacksacademy/);
  assert.match(await dialog.textContent(), /Getty and Oleg V\. Naumov/);
  const flash = dialog.locator('article[data-source="flashcards"]');
  const cited = eventsWhere((e) => e.citations.some((c) => c.source === 'flashcards'));
  const n = cited.length;
  // Its coverage: how many events and which years, in words and as a density strip.
  const years = cited.flatMap((e) => [e.start, e.end ?? e.start]).map((d) => +d.replace(/^c\./, '').slice(0, 4));
  const span = `${Math.min(...years)}–${Math.max(...years)}`;
  assert.match(await flash.textContent(), new RegExp(`Speaks of${n} events, ${span}`));
  const strip = flash.getByRole('img', { name: new RegExp(`it speaks: ${n} events, ${span}`) });
  assert.equal(await strip.count(), 1);
  const heights = await strip.locator('.bin').evaluateAll((bins) => bins.map((b) => b.getBoundingClientRect().height));
  assert.ok(heights.filter((h) => h > 0).length >= 2 && heights.filter((h) => h === 0).length > heights.length / 2,
    `the flashcards speak of a short stretch: ${heights}`);
  await flash.getByRole('button', { name: `Show the ${n} events it speaks of` }).click();
  assert.equal(await matchCount(page), n);
  await addressShows(page, /src=flashcards/);
  await context.close();
});

test('keyboard only: search, toggle a category, step through events, close', async () => {
  const { page, errors, context } = await open();
  await page.locator('.event-label').first().waitFor();
  await page.keyboard.press('/');
  await page.keyboard.type('Tukhachevski');
  const n = await matchCount(page);
  assert.ok(n >= 2);
  // Tab from the search box to the army toggle and switch it on.
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if (/The army/.test(await page.evaluate(() => document.activeElement?.textContent || ''))) break;
  }
  assert.match(await page.evaluate(() => document.activeElement.textContent), /The army/);
  await page.keyboard.press('Enter');
  const both = await matchCount(page);
  assert.ok(both >= 1 && both <= n);
  await page.keyboard.press('PageDown');
  assert.ok(armyTitles.has(await page.locator('.panel h2').textContent()));
  const place = async () => +(await page.locator('.panel .position').textContent()).split(' / ')[0];
  const first = await place();
  await page.keyboard.press('ArrowRight');
  assert.equal(await place(), Math.min(first + 1, both));
  const narrow = (await page.locator('.strip').boundingBox()).width;
  await page.keyboard.press('Escape');
  assert.equal(await page.getByRole('complementary').count(), 0);
  // Tab reaches event labels (those on screen), whose accessible names carry the date.
  // The strip widens again once the panel has closed: wait for that, laid out and painted.
  assert.ok(await until(page, (w) => document.querySelector('.strip').getBoundingClientRect().width > w, narrow),
    'the strip widens again once the panel has closed');
  await afterPaint(page);
  await page.locator('.event-label:not([tabindex="-1"])').first().focus();
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /, \d{4}|, c\. \d{4}/);
  await page.keyboard.press('Enter');
  await page.getByRole('complementary').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the list view holds every event in time order, follows the filters and works by keyboard', async () => {
  const { page, errors, context } = await open();
  await page.locator('.event-label').first().waitFor();
  await page.keyboard.press('l');
  const items = page.locator('button.list-event');
  await items.first().waitFor();
  assert.equal(await items.count(), data.events.length, 'every event, including clustered ones');
  const dates = await page.locator('button.list-event .list-date').allTextContents();
  assert.equal(dates[0].slice(-4), '1879');
  assert.match(await items.filter({ hasText: 'Stalin is born in Georgia' }).textContent(), /⚠ sources differ/);
  await page.getByRole('button', { name: /The army/ }).click();
  assert.equal(await items.count(), armyTitles.size);
  await items.first().focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('complementary').waitFor();
  assert.ok(armyTitles.has(await page.locator('.panel h2').textContent()));
  assert.equal(await page.locator('button.list-event[aria-current="true"]').count(), 1);
  await page.screenshot({ path: path.join(shots, 'list-army.png') });
  const list = page.getByRole('button', { name: 'List', exact: true });
  assert.equal(await list.getAttribute('aria-pressed'), 'true', 'the view button says what is shown');
  await list.click();
  await page.locator('.strip').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching to the list in the same moment as a filter change raises no error', async () => {
  const { page, errors, context } = await open();
  await page.locator('.event-label').first().waitFor();
  await afterPaint(page);
  // The strip re-ranks its lanes once the next frame is painted; by then it is gone.
  await page.evaluate(() => {
    [...document.querySelectorAll('button.cat')].find((b) => /army/i.test(b.textContent)).click();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true }));
  });
  await page.locator('button.list-event').first().waitFor();
  // The re-ranking the filter asked of the strip has run (or failed) by then.
  await afterPaint(page);
  assert.equal(await page.locator('button.list-event').count(), armyTitles.size);
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Sources differ" leaves exactly the events with a recorded disagreement, on the strip, in the list and in the link', async () => {
  const disputed = eventsWhere((e) => (e.disputes ?? []).length > 0);
  const { page, errors, context } = await open();
  await page.locator('.event-label').first().waitFor();
  const button = page.getByRole('button', { name: /Sources differ/ });
  assert.equal(+(await button.locator('.count').textContent()), disputed.length);
  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  assert.equal(await matchCount(page), disputed.length);
  await addressShows(page, /differ=1/);
  const titles = new Set(disputed.map((e) => e.title));
  for (const t of await shownTitles(page)) assert.ok(titles.has(t), `${t} has no dispute`);
  // With the army as well: the army's disputed events only, and the count follows.
  await page.getByRole('button', { name: /The army/ }).click();
  const armyDisputed = disputed.filter((e) => e.categories.includes('army'));
  assert.equal(await matchCount(page), armyDisputed.length);
  assert.equal(+(await button.locator('.count').textContent()), armyDisputed.length);
  await page.keyboard.press('l');
  const items = page.locator('button.list-event');
  await items.first().waitFor();
  assert.equal(await items.count(), armyDisputed.length);
  for (const text of await items.allTextContents()) assert.match(text, /⚠ sources differ/);
  assert.deepEqual(errors, []);
  await context.close();

  // The link alone restores it.
  const again = await open('?differ=1&list=1');
  await again.page.locator('button.list-event').first().waitFor();
  assert.equal(await again.page.locator('button.list-event').count(), disputed.length);
  assert.equal(await again.page.getByRole('button', { name: /Sources differ/ }).getAttribute('aria-pressed'), 'true');
  await again.context.close();
});
