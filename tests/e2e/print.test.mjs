// End-to-end: printing gives a handout. The list (or the main view) prints every event
// that passes the filters with what each source says, under a header naming the filters;
// with an event open, that event prints in full on its own. A4 and Letter. The PDFs land
// in tests/e2e/artifacts/ to be looked at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pdfPages, bare, has } from './pdf.mjs';
import { open, shots, data, eventsWhere, printing } from './harness.mjs';



async function printed(query, format, file) {
  const { page, errors, context } = await open(query);
  await page.locator('.event-label, .list-event').first().waitFor();
  if (query.includes('event=')) await page.locator('.panel h2').waitFor();
  await printing(page);
  const bytes = await page.pdf({ format, path: path.join(shots, file) });
  assert.deepEqual(errors, []);
  await context.close();
  return pdfPages(bytes);
}

for (const format of ['A4', 'Letter']) {
  test(`the list prints as a handout of the filtered events on ${format}`, async () => {
    const army = eventsWhere((e) => e.categories.includes('army'));
    const pages = await printed('?cat=army&list=1', format, `handout-army-${format}.pdf`);
    const all = pages.join(' ');
    assert.ok(pages.length >= 2 && pages.length <= 5, `${pages.length} pages`);
    assert.match(pages[0], /Stalin's purges/);
    assert.match(pages[0], new RegExp(`${army.length} of ${data.events.length} events — Categories: The army`));
    assert.match(pages[0], /Printed \d{1,2} \w+ 20\d\d/);
    for (const e of army) {
      assert.ok(has(all, e.title), `${e.title} missing`);
      for (const c of e.citations) assert.ok(has(all, c.says), `${e.id}: "${c.says.slice(0, 40)}…" missing`);
    }
    // An event is never split across pages: each title's page holds its last citation.
    for (const e of army) {
      const p = pages.findIndex((t) => has(t, e.title));
      assert.ok(has(pages[p], e.citations.at(-1).says), `${e.id} runs onto the next page`);
    }
    // Nothing of the screen (buttons, the strip's axis) is printed.
    assert.doesNotMatch(all, /Fit all|Dim others|Skip to the timeline/);
  });
}

test('with an event open, that event prints in full on its own', async () => {
  const e = data.events.find((x) => x.id === 'kirov-assassination');
  const pages = await printed('?event=kirov-assassination', 'A4', 'handout-kirov.pdf');
  const all = pages.join(' ');
  assert.match(pages[0], /One event, in full/);
  assert.ok(has(all, e.title) && has(all, e.summary));
  for (const c of e.citations) assert.ok(has(all, c.says), `"${c.says.slice(0, 40)}…" missing`);
  for (const d of e.disputes) for (const c of d.claims) assert.ok(has(all, c.value), `claim "${c.value}" missing`);
  // No other event is printed.
  const other = data.events.find((x) => x.id === 'seventeenth-congress');
  assert.ok(!has(all, other.summary));
  // The event on its page, then who each document it cites is.
  assert.ok(has(pages[0], e.title) && e.citations.every((c) => has(pages[0], c.says)), 'the event is whole on its page');
  assert.match(all, /The sources/);
  for (const s of data.sources.filter((s) => e.citations.some((c) => c.source === s.id))) {
    assert.ok(has(all, s.audience), `who "${s.short_title}" was written for`);
  }
  assert.ok(pages.length <= 2, `${pages.length} pages`);
});

test('printing the main view prints the list of what passes the filters, not the strip', async () => {
  const expected = eventsWhere((e) => e.people.includes('bukharin'));
  const pages = await printed('?people=bukharin', 'A4', 'handout-bukharin.pdf');
  const all = pages.join(' ');
  for (const e of expected) assert.ok(has(all, e.title), `${e.title} missing`);
  assert.match(pages[0], /People: Nikolai Bukharin/);
  const notBukharin = data.events.find((e) => !e.people.includes('bukharin') && e.categories.includes('camps'));
  assert.ok(!has(all, notBukharin.summary), 'an unfiltered event was printed');
});
