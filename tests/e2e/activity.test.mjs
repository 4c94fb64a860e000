// End-to-end: the class activities, played through on the shipped data. Putting events in
// order with the keyboard alone and by touch on a phone (a right order scores M of M, a
// swapped pair says so); "Who says so?" answered from the documents; corroborating an
// event checked against the records; the projector's clicker revealing one answer at a
// time; the printed worksheet without answers and its key on a page of its own; links
// that survive New set, Back and bad values; and no accessibility violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pdfPages, bare } from './pdf.mjs';
import { open, data, shots, axeViolations, addressShows } from './harness.mjs';

const short = Object.fromEntries(data.sources.map((s) => [s.id, s.short_title ?? s.title]));
const byId = Object.fromEntries(data.events.map((e) => [e.id, e]));

/** The cards' event indices, top to bottom. The events are in time order in the data,
 * so the right order is the indices ascending. */
const cards = (page) => page.locator('.order-card').evaluateAll((els) => els.map((el) => +el.dataset.i));
/** The cards' titles, top to bottom. */
const cardTitles = (page) => page.locator('.order-card h3').allTextContents();
const byTitle = Object.fromEntries(data.events.map((e) => [e.title, e]));

/** Tab until the focused element matches `selector` (the keyboard's way there). */
async function tabTo(page, selector) {
  for (let k = 0; k < 80; k++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** Sorts the cards with the keyboard alone: for each place, Tab to the card that belongs
 * there, Space to pick it up, ArrowUp to its place, Space to put it down. */
async function sortByKeyboard(page, want) {
  for (let p = 0; p < want.length; p++) {
    const now = await cards(page);
    const from = now.indexOf(want[p]);
    if (from === p) continue;
    await tabTo(page, `.order-card[data-i="${want[p]}"]`);
    await page.keyboard.press('Space');
    for (let k = from; k > p; k--) {
      await page.keyboard.press('ArrowUp');
      // The card keeps focus as it moves (the list is drawn again first).
      await page.waitForFunction(([i, at]) => document.activeElement?.dataset.i === String(i)
        && document.activeElement.getAttribute('aria-label').includes(`position ${at} of`), [want[p], k]);
    }
    await page.keyboard.press('Space');
  }
  assert.deepEqual(await cards(page), want);
}

test('putting events in order with the keyboard alone: all in place scores M of M, a swapped pair is reported', async () => {
  const { page, errors, context } = await open('?activity=order&seed=7');
  await page.locator('.order-card').first().waitFor();
  const dealt = await cards(page);
  assert.equal(dealt.length, 6, 'six cards when the link does not say');
  const right = [...dealt].sort((a, b) => a - b);
  assert.notDeepEqual(dealt, right, 'dealt out of order');
  assert.equal(await page.locator('.order-date').count(), 0, 'no dates before the check');
  await page.locator('.order-card').first().focus();
  await sortByKeyboard(page, right);
  assert.match(await page.locator('[aria-live="assertive"]').textContent(), /put down at position \d of 6/);
  await tabTo(page, 'button.check');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.activity-score').textContent(), '6 of 6 in the right place');
  assert.equal(await page.locator('.order-date').count(), 6, 'the dates are shown');
  assert.equal(await page.locator('.order-card.right').count(), 6);
  // Try again deals the same cards as before; a swapped pair scores 4.
  await tabTo(page, 'button.try-again');
  await page.keyboard.press('Enter');
  assert.deepEqual(await cards(page), dealt);
  await page.locator('.order-card').first().focus();
  await sortByKeyboard(page, [right[1], right[0], ...right.slice(2)]);
  await tabTo(page, 'button.check');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.activity-score').textContent(), '4 of 6 in the right place');
  assert.equal(await page.locator('.order-card.wrong').count(), 2);
  assert.match(await page.locator('.order-card.wrong .order-mark').first().textContent(), /belongs at position 2/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('putting events in order by touch on a 360 px phone, with the move buttons', async () => {
  const { page, errors, context } = await open('?activity=order&n=5&seed=11', { width: 360, height: 740 }, { hasTouch: true, isMobile: true });
  await page.locator('.order-card').first().waitFor();
  const right = [...(await cards(page))].sort((a, b) => a - b);
  assert.equal(right.length, 5);
  // Nothing wider than the phone.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360));
  for (let p = 0; p < right.length; p++) {
    for (;;) {
      const now = await cards(page);
      if (now.indexOf(right[p]) === p) break;
      await page.locator(`.order-card[data-i="${right[p]}"] .order-moves button`).first().tap();
    }
  }
  await page.locator('button.check').tap();
  assert.equal(await page.locator('.activity-score').textContent(), '5 of 5 in the right place');
  await page.locator('button.try-again').tap();
  // A card dragged by its handle with a finger lands where it is dropped.
  const handle = page.locator('.order-card').nth(0).locator('.order-handle');
  await handle.scrollIntoViewIfNeeded();
  const target = await page.locator('.order-card').nth(2).boundingBox();
  const from = await handle.boundingBox();
  const before = await cards(page);
  const cdp = await context.newCDPSession(page);
  const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', from.x + from.width / 2, from.y + from.height / 2);
  for (let k = 1; k <= 8; k++) await touch('touchMove', from.x + from.width / 2, from.y + (target.y + target.height - 4 - from.y) * (k / 8));
  await touch('touchEnd');
  const after = await cards(page);
  assert.equal(after[2], before[0], `dragged card at the third place: ${before} → ${after}`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The document that alone makes a claim shown as "text" or "about: value". */
function whoSays(eventTitle, claim) {
  const e = data.events.find((x) => eventTitle.startsWith(`${x.title} (`));
  const cited = e.citations.find((c) => c.says === claim);
  if (cited) return short[cited.source];
  for (const d of e.disputes ?? []) {
    for (const c of d.claims) if (`${d.about}: ${c.value}` === claim) return short[c.sources[0]];
  }
  throw new Error(`no document found for ${claim}`);
}

test('"Who says so?": choosing each claim\'s document scores all right and shows where it says so', async () => {
  const { page, errors, context } = await open('?activity=sources&n=4&seed=3');
  await page.locator('.question').first().waitFor();
  const qs = page.locator('.question');
  assert.equal(await qs.count(), 4);
  for (let k = 0; k < 4; k++) {
    const q = qs.nth(k);
    const name = whoSays(await q.locator('.question-event').textContent(), await q.locator('q.claim').textContent());
    await q.getByLabel(name, { exact: true }).check();
  }
  await page.locator('button.check').click();
  assert.equal(await page.locator('.activity-score').textContent(), '4 of 4 right');
  const answer = await qs.first().locator('.answer').textContent();
  assert.match(answer, /✓ Right: said by .+\(.+, paragraph \d+/);
  // One wrong answer is marked.
  await page.locator('button.try-again').click();
  for (let k = 0; k < 4; k++) {
    const q = qs.nth(k);
    const name = whoSays(await q.locator('.question-event').textContent(), await q.locator('q.claim').textContent());
    const wrong = k === 0 ? data.sources.map((s) => s.short_title ?? s.title).find((n) => n !== name) : name;
    await q.getByLabel(wrong, { exact: true }).check();
  }
  await page.locator('button.check').click();
  assert.equal(await page.locator('.activity-score').textContent(), '3 of 4 right');
  assert.equal(await page.locator('.question.wrong').count(), 1);
  // The answer's link opens the event.
  const link = qs.first().locator('a.activity-event-link');
  await link.click();
  await page.locator('.panel h2').waitFor();
  await addressShows(page, /event=/);
  await addressShows(page, /activity=/, false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('corroborating an event: sorted as the records say, every claim and document is right', async () => {
  // An event with a recorded disagreement among several documents.
  const e = data.events.find((x) => (x.disputes ?? []).some((d) => d.claims.length > 1) && new Set(x.citations.map((c) => c.source)).size >= 2);
  const { page, errors, context } = await open(`?activity=corroborate&event=${e.id}`);
  await page.locator('.silent-documents').waitFor();
  assert.match(await page.locator('.activity-scope').textContent(), new RegExp(e.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // The silent documents are those that neither cite the event nor give a value on it.
  const speaking = new Set([...e.citations.map((c) => c.source), ...(e.disputes ?? []).flatMap((d) => d.claims.flatMap((c) => c.sources))]);
  const silent = data.sources.filter((s) => !speaking.has(s.id)).map((s) => short[s.id]);
  // Checked unsorted, every card's answer is shown; sorted that way, all are right.
  await page.locator('button.check').click();
  const cardsN = await page.locator('.claim-card').count();
  assert.ok(cardsN > 0, 'claims to sort');
  const bins = await page.locator('.claim-card .answer strong').allTextContents();
  const label = { 'It agrees with another document.': 'agrees with another document', 'It differs from another document.': 'differs', 'It is found in this document only.': 'only in this document' };
  await page.locator('button.try-again').click();
  for (let k = 0; k < cardsN; k++) await page.locator('.claim-card').nth(k).getByLabel(label[bins[k]], { exact: true }).check();
  for (const name of silent) await page.locator('.silent-documents').getByLabel(name, { exact: true }).check();
  await page.locator('button.check').click();
  const total = cardsN + data.sources.length;
  assert.equal(await page.locator('.activity-score').textContent(), `${total} of ${total} right`);
  // Each answer is explained from the records.
  assert.ok((await page.locator('.claim-card .answer').first().textContent()).length > 30);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the panel\'s "Corroborate the sources" opens the activity for that event, and Back returns', async () => {
  const { page, errors, context } = await open('?event=tukhachevsky-shot');
  await page.locator('.panel h2').waitFor();
  await page.locator('a.corroborate').click();
  await page.locator('.silent-documents').waitFor();
  await addressShows(page, /activity=corroborate/);
  await addressShows(page, /event=tukhachevsky-shot/);
  assert.equal(await page.locator('.panel').count(), 0, 'the activity takes the stage');
  await page.goBack();
  await page.locator('.panel h2').waitFor();
  assert.equal(await page.locator('.activity').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Activities menu starts a set with a seed in its link; New set and Back move between sets', async () => {
  const { page, errors, context } = await open('?cat=army');
  await page.locator('.event-label').first().waitFor();
  await page.getByRole('button', { name: 'Activities' }).click();
  const dialog = page.locator('.activities-dialog');
  await dialog.locator('select').selectOption('4');
  await dialog.getByRole('button', { name: 'Start “Put them in order”' }).click();
  await page.locator('.order-card').first().waitFor();
  await addressShows(page, /activity=order/);
  await addressShows(page, /seed=\d+/);
  await addressShows(page, /n=4/);
  assert.match(await page.locator('.activity-scope').textContent(), /4 events from the \d+ events shown \(.*army/i);
  const first = await cards(page);
  for (const t of await cardTitles(page)) assert.ok(byTitle[t].categories.includes('army'), `${t}: only events the filter shows`);
  const before = page.url();
  await page.getByRole('button', { name: 'New set' }).click();
  await page.waitForFunction((was) => JSON.stringify([...document.querySelectorAll('.order-card')].map((el) => +el.dataset.i)) !== was, JSON.stringify(first));
  // The new set's link is written once it is drawn.
  await page.waitForFunction((was) => location.href !== was, before);
  const url = page.url();
  await page.goBack();
  await page.waitForFunction((was) => JSON.stringify([...document.querySelectorAll('.order-card')].map((el) => +el.dataset.i)) === was, JSON.stringify(first));
  // The same link gives the same set to everyone who opens it.
  const other = await context.newPage();
  await other.goto(url);
  await other.locator('.order-card').first().waitFor();
  const theirs = await cards(other);
  await page.goForward();
  await page.locator('.order-card').first().waitFor();
  assert.deepEqual(theirs, await cards(page));
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad activity links give a notice, never a blank page', async () => {
  for (const [query, notice] of [
    ['?activity=quiz', /Ignored activity="quiz"/],
    ['?activity=corroborate&event=no-such-event', /no-such-event|needs an event/],
    ['?activity=order&n=lots&seed=-4', /Ignored n|Ignored seed/],
  ]) {
    const { page, errors, context } = await open(query);
    await page.locator('.notices').waitFor();
    assert.match(await page.locator('.notices').textContent(), notice, query);
    // The notice can come before the activity's chunk has arrived: wait for what it shows.
    await page.locator('.event-label, .order-card').first().waitFor({ state: 'visible', timeout: 10000 })
      .catch(() => assert.fail(`${query}: nothing to use 10 s after the notice`));
    assert.deepEqual(errors, [], query);
    await context.close();
  }
  // Filters that leave too few events say why.
  const { page, context } = await open('?activity=order&q=zzzzzz');
  await page.locator('.activity-unavailable').waitFor();
  assert.match(await page.locator('.activity-unavailable').textContent(), /no events to put in order/);
  await context.close();
});

test('in projection the clicker reveals one answer at a time', async () => {
  const { page, errors, context } = await open('?activity=order&seed=7&mode=projection', { width: 1920, height: 1080 });
  await page.locator('.order-card').first().waitFor();
  assert.equal(await page.locator('.order-date').count(), 0);
  for (let k = 1; k <= 3; k++) {
    await page.keyboard.press('PageDown');
    assert.equal(await page.locator('.order-date').count(), k);
  }
  await page.keyboard.press('PageUp');
  assert.equal(await page.locator('.order-date').count(), 2);
  assert.match(await page.locator('.activity-clicker').textContent(), /Answers shown: 2 of 6/);
  // Read from the back of the room: large type.
  const size = await page.locator('.order-text h3').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 28, `card titles at ${size}px`);
  assert.deepEqual(errors, []);
  await context.close();
});


for (const format of ['A4', 'Letter']) {
  test(`printing an activity gives the worksheet without answers, then the key on a page of its own (${format})`, async () => {
    const { page, errors, context } = await open('?activity=order&seed=7');
    await page.locator('.order-card').first().waitFor();
    const dealt = await cards(page);
    const titles = await cardTitles(page);
    // In time order: by the cards' indices (the app's events are in time order).
    const inOrder = dealt.map((i, k) => [i, titles[k]]).sort((a, b) => a[0] - b[0]).map(([, t]) => t);
    const bytes = await page.pdf({ format, path: path.join(shots, `activity-order-${format}.pdf`) });
    const pages = (await pdfPages(bytes)).map(bare);
    const key = pages.findIndex((p) => p.includes(bare('Answer key')));
    assert.ok(key > 0, 'the key is not on the first page');
    const sheet = pages.slice(0, key).join('');
    assert.ok(sheet.includes(bare('Name')), 'room for a name');
    for (const t of titles) assert.ok(sheet.includes(bare(t)), t);
    assert.ok(!sheet.includes(bare('Answer key')));
    // The key lists the events in time order with their dates; the worksheet never.
    const keyText = pages.slice(key).join('');
    assert.ok(!keyText.includes(bare('Number the events')), 'the key starts a page of its own');
    const ordered = inOrder.map((t) => keyText.indexOf(bare(t)));
    assert.deepEqual([...ordered].sort((a, b) => a - b), ordered, 'in time order');
    assert.ok(ordered.every((x) => x >= 0));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// "Who says so?" and "Corroborate" on paper: each claim on the worksheet with room to
// answer and none of the answers; the answers (documents with section and paragraph, or
// the sorting and its reasons) only in the key, on a page of its own.
for (const [query, format] of [['?activity=sources&seed=3', 'A4'], ['?activity=corroborate&event=tukhachevsky-shot', 'Letter']]) {
  test(`printing ${query} gives a worksheet without answers and the key on its own page (${format})`, async () => {
    const { page, errors, context } = await open(query);
    await page.locator('.activity button.check').waitFor();
    const claims = await page.locator('.activity q.claim, .activity .claim-card legend').allTextContents();
    await page.locator('.activity button.check').click();
    const answers = (await page.locator('.activity .answer strong').allTextContents()).filter((a) => a.length > 3);
    assert.ok(claims.length > 0 && answers.length > 0, `${claims.length} claims, ${answers.length} answers`);
    const name = query.includes('sources') ? 'sources' : 'corroborate';
    const bytes = await page.pdf({ format, path: path.join(shots, `activity-${name}-${format}.pdf`) });
    const pages = (await pdfPages(bytes)).map(bare);
    const key = pages.findIndex((p) => p.includes(bare('Answer key')));
    assert.ok(key > 0, 'the key is not on the first page');
    const sheet = pages.slice(0, key).join('');
    const keyText = pages.slice(key).join('');
    for (const c of claims) assert.ok(sheet.includes(bare(c).slice(0, 40)), `the worksheet has the claim ${c}`);
    if (name === 'sources') {
      assert.ok(sheet.includes(bare('Which document says so?')));
      // The answers name where the document says it: never on the worksheet.
      assert.ok(!/Section“/.test(sheet) && !sheet.includes('paragraph'), 'no answer on the worksheet');
      for (const a of answers) assert.ok(keyText.includes(bare(a)), `the key has ${a}`);
    } else {
      assert.ok(sheet.includes(bare('Tick the documents that say nothing about the event')));
      assert.ok(!sheet.includes(bare('It agrees')) && !sheet.includes(bare('It differs')), 'no answer on the worksheet');
      assert.ok(/agrees|differs|onlyin/i.test(keyText), 'the key sorts each claim');
    }
    assert.ok(!keyText.startsWith(bare('Name')), 'the key starts a page of its own');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('every activity view has no accessibility violations, before and after Check', async () => {
  const e = byId['tukhachevsky-shot'] ? 'tukhachevsky-shot' : data.events[0].id;
  for (const query of ['?activity=order&seed=7', '?activity=sources&seed=3', `?activity=corroborate&event=${e}`]) {
    const { page, context } = await open(query);
    await page.locator('.activity button.check').waitFor();
    assert.deepEqual(await axeViolations(page), [], query);
    await page.locator('.activity button.check').click();
    assert.deepEqual(await axeViolations(page), [], `${query}, checked`);
    await context.close();
  }
});
