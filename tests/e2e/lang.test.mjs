// End-to-end: the interface in the class's language. A link's lang= (kept as the view
// changes), a file's own language, the language menu; a right-to-left page mirrors while
// time still runs left to right; and the pseudo-language, in which every word the
// catalogue gives is marked, finds any interface word that is still written in the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, data, root, shots, axeViolations, windowOf, windowMoved, settledAddress } from './harness.mjs';

// Every word the dataset holds (titles, summaries, names, sources): shown as written, in
// any interface language.
const datasetWords = new Set();
(function walk(v) {
  if (typeof v === 'string') for (const w of v.match(/\p{L}+/gu) ?? []) datasetWords.add(w.toLowerCase());
  else if (v && typeof v === 'object') Object.values(v).forEach(walk);
})(data);

/** Text on the page (text and accessible names) with a word outside ⟦ ⟧ that the dataset
 * does not hold: an interface word that did not come from the catalogue. */
async function unmarked(page) {
  const found = await page.evaluate(() => {
    const out = [];
    const visit = (text, where) => {
      // Messages nest (a date inside a sentence): take out the innermost first.
      let rest = text;
      while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
      if (/\p{L}{2,}/u.test(rest)) out.push({ rest, text: text.trim().slice(0, 80), where });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style, noscript, #first, .fv-note, [hidden], .lang-list')) continue;
      visit(n.data, `${el.tagName.toLowerCase()}.${el.className}`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription], [aria-valuetext]')) {
      if (el.closest('#first')) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext']) {
        const v = el.getAttribute(a);
        if (v) visit(v, `${el.tagName.toLowerCase()}.${el.className}[${a}]`);
      }
    }
    return out;
  });
  return found
    .filter(({ rest }) => (rest.match(/\p{L}{2,}/gu) ?? []).some((w) => !datasetWords.has(w.toLowerCase())))
    .map(({ text, where }) => `${where}: ${text}`);
}

const pseudoViews = [
  ['the timeline', ''],
  ['an event', '&event=kirov-assassination'],
  ['an event with disputes', '&event=army-purge'],
  ['the list', '&list=1'],
  ['the compare table', '&compare=1'],
  ['projection', '&event=army-purge&mode=projection'],
  ['ordering', '&activity=order&n=5&seed=3'],
  ['who says so', '&activity=sources&n=4&seed=3'],
  ['corroborate', '&activity=corroborate&event=army-purge'],
  ['a bad link', '&event=no-such-event&from=soon&cat=nothing'],
  ['a broken file', '&data=fixtures/broken.json'],
];

for (const [name, query] of pseudoViews) {
  test(`pseudo-language: every interface word on ${name} comes from the catalogue`, async () => {
    const { page, errors, context } = await open(`?lang=qps${query}`);
    await page.waitForFunction(() => document.querySelector('.event-label, .list-event, .compare-row, .activity h2, .error-panel, .open-problems'));
    await page.waitForFunction(() => !document.querySelector('.loading'), null, { timeout: 10000 }).catch(() => {});
    assert.deepEqual(await unmarked(page), [], `${name}: words not from the catalogue`);
    assert.deepEqual(errors.filter((e) => !/404|Failed to load/.test(e)), []);
    await context.close();
  });
}

test('pseudo-language: every dialog comes from the catalogue', async () => {
  const { page, context } = await open('?lang=qps&event=kirov-assassination');
  await page.locator('.event-label').first().waitFor();
  const dialogs = ['nav.tools .sources-button', 'nav.tools .share-button', 'nav.tools .tours-button',
    'nav.tools .activities-button', '.people-button', '.sources-filter-button'];
  for (const opener of dialogs) {
    await page.locator(opener).click();
    await page.locator('dialog[open]').waitFor();
    assert.deepEqual(await unmarked(page), [], `${opener}: words not from the catalogue`);
    if (opener.includes('share')) {
      await page.locator('dialog[open] .download-open').click();
      await page.locator('dialog[open].download-dialog, dialog[open] .download-choices').first().waitFor();
      assert.deepEqual(await unmarked(page), [], 'download: words not from the catalogue');
    }
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  }
  await context.close();
});

test('lang=fr: the interface, its dates and counts in French; the link keeps the language', async () => {
  const { page, errors, context } = await open('?lang=fr');
  await page.locator('.event-label').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  assert.match(await page.locator('.match-count').textContent(), /^\d+ événements/);
  // Periods with their dates written the French way ("déc. 1934–juil. 1936").
  assert.match(await page.locator('select.presets').textContent(), /déc\. 1934/);
  assert.match(await page.locator('select.presets').textContent(), /Tout/);
  // The dataset's own text stays as it is written.
  assert.ok(await page.getByText(data.title, { exact: true }).first().isVisible());
  assert.equal(await page.locator('#lang-list a[aria-current="true"]').getAttribute('hreflang'), 'fr');
  await page.keyboard.press('End');
  await page.locator('.panel h2').waitFor();
  assert.match(await settledAddress(page), /lang=fr/, 'the address keeps the language');
  await page.screenshot({ path: path.join(shots, 'lang-fr-1280.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language menu speaks another language at once and keeps the view', async () => {
  const { page, errors, context } = await open('?event=kirov-assassination');
  await page.locator('.panel h2').waitFor();
  const menu = page.getByRole('button', { name: 'Interface language' });
  await menu.click();
  const list = page.locator('#lang-list');
  await list.waitFor();
  // Each language by its own name, the one in use marked.
  assert.deepEqual(await list.getByRole('link').allTextContents(), ['English', 'Deutsch', 'Español', 'Français', 'Italiano', 'Polski', 'Русский', 'Українська', 'العربية']);
  assert.equal(await list.locator('[aria-current="true"]').textContent(), 'English');
  // A link keeps the view: opened in a new tab, it is this view in that language.
  assert.match(await list.getByRole('link', { name: 'Français' }).getAttribute('href'), /event=kirov-assassination.*lang=fr|lang=fr.*event=kirov-assassination/);
  await list.getByRole('link', { name: 'Français' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  await page.locator('.panel h2', { hasText: 'Kirov assassinated' }).waitFor();
  assert.match(await page.locator('.match-count').textContent(), /événements/);
  assert.match(page.url(), /lang=fr/);
  assert.match(page.url(), /event=kirov-assassination/);
  await page.waitForFunction(() => document.activeElement?.id === 'lang-menu');
  // From the keyboard: Enter opens it, Tab reaches the languages, Escape closes it.
  await page.keyboard.press('Enter');
  await list.waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'English');
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('.panel h2').count(), 1, 'Escape closed the menu, not the event');
  await page.getByRole('button', { name: 'Langue de l’interface' }).click();
  await list.getByRole('link', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.locator('.match-count').textContent(), /events/);
  assert.deepEqual(errors, []);
  await context.close();
});

// A student on a phone changes the language too: the globe is in the phone's header, and
// its list opens on the screen whichever side of the row the globe sits on.
for (const lang of ['de', 'ar']) {
  test(`on a phone (${lang}), the language menu is in the header and opens on the screen`, async () => {
    const { page, errors, context } = await open(`?lang=${lang}`, { width: 360, height: 740 });
    await page.locator('#lang-menu').click();
    const list = page.locator('#lang-list');
    await list.waitFor();
    const box = await list.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360 && box.y + box.height <= 740,
      `the list is off the screen: ${JSON.stringify(box)}`);
    await list.getByRole('link', { name: 'Polski' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'pl');
    assert.match(page.url(), /lang=pl/);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a French TimelineJS file opens with the interface in French', async () => {
  const { page, errors, context } = await open('?data=fixtures/import/francais.json');
  await page.locator('.event-label').first().waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.match(await page.locator('.match-count').textContent(), /^4 événements/);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [query, name] of [['?lang=ar', 'lang=ar'], ['?data=fixtures/import/arabe.json', 'an Arabic file']]) {
  test(`${name}: the page mirrors, time still runs left to right, keys follow the axis, axe finds nothing`, async () => {
    const { page, errors, context } = await open(query, { width: 1280, height: 800 });
    await page.locator('.event-label').first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
    // The header mirrors: the title sits on the right.
    const title = await page.locator('header h1').boundingBox();
    assert.ok(title.x + title.width > 1280 / 2, `title at ${JSON.stringify(title)}`);
    // The axis still runs left to right: years grow from left to right.
    const ticks = await page.locator('.axis .tick').evaluateAll((els) => els
      .map((e) => ({ x: e.getBoundingClientRect().x, year: +(e.textContent.match(/\d{4}/) ?? [NaN])[0] }))
      .filter((t) => !Number.isNaN(t.year)));
    assert.ok(ticks.length >= 2, 'labelled ticks');
    const byX = [...ticks].sort((a, b) => a.x - b.x);
    for (let i = 1; i < byX.length; i++) assert.ok(byX[i].year >= byX[i - 1].year, `axis order ${JSON.stringify(byX)}`);
    // The right arrow moves later in time, as the axis runs.
    await page.locator('.strip').focus();
    const w0 = await windowOf(page);
    await page.keyboard.press('ArrowRight');
    await windowMoved(page, w0);
    assert.ok((await windowOf(page)).start > w0.start, 'ArrowRight pans later');
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: path.join(shots, `lang-ar-${query.includes('data') ? 'file' : 'link'}-1280.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// Every language the interface is written in (i18n/<code>/), English aside.
const languages = fs.readdirSync(path.join(root, 'i18n')).filter((code) => code !== 'en').sort();

for (const lang of languages) {
  for (const width of [360, 1280]) {
    test(`screenshots: ${lang} at ${width} px, nothing wider than the page`, async () => {
      const { page, errors, context } = await open(`?lang=${lang}&event=army-purge`, { width, height: width < 400 ? 740 : 800 });
      await page.locator('.panel h2').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
      // The page speaks the language, and the share button's word is its own.
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const share = (await page.locator('header.top .share-button').textContent()).trim();
      assert.notEqual(share, 'Share');
      if (width >= 1280) {
        // Longer words wrap the tools, never cut the timeline's title.
        const cut = await page.locator('header.top h1').evaluate((h) => h.scrollWidth - h.clientWidth);
        assert.ok(cut <= 0, `the title is cut by ${cut}px`);
        // The search box's placeholder (its only visible label) is read whole.
        const room = await page.locator('input.search').evaluate((input) => {
          const style = getComputedStyle(input);
          const ctx = document.createElement('canvas').getContext('2d');
          ctx.font = `${style.fontSize} ${style.fontFamily}`;
          const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return inner - ctx.measureText(input.placeholder).width;
        });
        assert.ok(room >= 0, `the search placeholder is cut by ${-room}px`);
      }
      await page.screenshot({ path: path.join(shots, `lang-${lang}-${width}.png`), fullPage: false });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
