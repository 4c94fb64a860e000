// End-to-end: a class's own timeline with media (issue 26), and taking a timeline away.
// Media load from another site only when the reader asks (Show, or "Always show media
// from this timeline", kept per timeline on the device); quotations are text; what cannot
// be shown is a short note, an image that does not arrive too; offline, Show says the
// network is needed. The other sites are stood in for by routes, so no request leaves
// the machine: a test sees every request the page makes to them. Download writes this
// app's JSON, TimelineJS JSON and the spreadsheet, and each opens again here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, root, data, generated, axeViolations } from './harness.mjs';

const PNG = fs.readFileSync(path.join(root, 'public/icon-192.png'));
const MEDIA = '?data=fixtures/import/media.json';

/** Stands in for the image host and the video player; returns the addresses asked for. */
async function otherSites(page, { image = 200 } = {}) {
  const asked = [];
  await page.context().route(/^https:\/\/(upload\.wikimedia\.org|www\.youtube-nocookie\.com|www\.youtube\.com|player\.vimeo\.com)\//, (route) => {
    const url = route.request().url();
    asked.push(url);
    if (url.includes('youtube-nocookie.com')) {
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' });
    }
    return image === 200
      ? route.fulfill({ status: 200, contentType: 'image/png', body: PNG })
      : route.fulfill({ status: image, contentType: 'text/plain', body: 'gone' });
  });
  return asked;
}

async function openEvent(page, title) {
  const list = page.getByRole('button', { name: 'List', exact: true });
  if ((await list.getAttribute('aria-pressed')) !== 'true') await list.click();
  await page.locator('.list-event', { hasText: title }).first().click();
  await page.locator('.panel h2', { hasText: title }).waitFor();
}

test('an image loads only when asked, in a frame that keeps its shape, with its caption and credit', async () => {
  const { page, errors } = await open(MEDIA);
  const asked = await otherSites(page);
  await openEvent(page, 'Protocol-relative image');
  const fig = page.locator('.panel figure.media');
  await fig.locator('.media-consent', { hasText: 'Image from upload.wikimedia.org' }).waitFor();
  assert.match(await fig.locator('figcaption').textContent(), /Sans protocole/);
  assert.deepEqual(asked, [], 'nothing fetched before the reader asks');
  const frame = fig.locator('.media-frame');
  const before = await frame.boundingBox();
  const captionBefore = await fig.locator('figcaption').boundingBox();
  await fig.getByRole('button', { name: 'Show the image' }).click();
  const img = frame.locator('img');
  await page.waitForFunction(() => document.querySelector('.panel .media-frame img')?.naturalWidth > 0);
  assert.equal(await img.getAttribute('src'), 'https://upload.wikimedia.org/wikipedia/commons/a/a8/Example.jpg');
  assert.ok(await img.getAttribute('alt'), 'the image has a text alternative');
  assert.deepEqual(asked, ['https://upload.wikimedia.org/wikipedia/commons/a/a8/Example.jpg']);
  const after = await frame.boundingBox();
  assert.equal(Math.round(after.height), Math.round(before.height), 'the frame keeps its height');
  assert.equal(Math.round((await fig.locator('figcaption').boundingBox()).y), Math.round(captionBefore.y), 'nothing below moves');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
});

test('a file on this site shows the image beside it (a relative address), once asked', async () => {
  const { page, errors } = await open(MEDIA);
  await openEvent(page, 'Relative image');
  const fig = page.locator('.panel figure.media');
  await fig.locator('.media-consent', { hasText: 'Image from 127.0.0.1' }).waitFor();
  await fig.getByRole('button', { name: 'Show the image' }).click();
  await page.waitForFunction(() => document.querySelector('.panel .media-frame img')?.naturalWidth > 0);
  assert.match(await fig.locator('img').getAttribute('src'), /\/fixtures\/import\/media\/tour\.jpg$/);
  assert.equal(await fig.locator('img').getAttribute('alt'), 'Une tour de fer');
  assert.match(await fig.locator('figcaption').textContent(), /La tour en 1889\s*Archives de la classe/);
  assert.deepEqual(errors, []);
});

test("the title's media (a TimelineJS title slide's) heads the list, asked for as an event's are", async () => {
  const { page, errors } = await open(`${MEDIA}&list=1`);
  const fig = page.locator('.list-view .title-media figure.media');
  await fig.locator('.media-consent', { hasText: 'Image from 127.0.0.1' }).waitFor();
  assert.match(await fig.locator('figcaption').textContent(), /Notre affiche\s*Classe de 4e B/);
  await fig.getByRole('button', { name: 'Show the image' }).click();
  await page.waitForFunction(() => document.querySelector('.title-media .media-frame img')?.naturalWidth > 0);
  assert.match(await fig.locator('img').getAttribute('src'), /\/fixtures\/import\/media\/couverture\.jpg$/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
});

test('a quotation is text, a frame from the file and an insecure address are short notes', async () => {
  const { page, errors } = await open(MEDIA);
  const asked = await otherSites(page);
  await openEvent(page, 'A quotation');
  assert.match(await page.locator('.panel blockquote.media-quote').textContent(), /Il faut cultiver notre jardin/);
  assert.match(await page.locator('.panel figure.media figcaption').textContent(), /Une citation\s*Voltaire/);
  await openEvent(page, 'An embedded frame');
  assert.match(await page.locator('.panel .media-note').textContent(), /embedded frame \(<iframe>\) from the file is not shown/);
  assert.equal(await page.locator('.panel iframe').count(), 0);
  await openEvent(page, 'An insecure image');
  assert.match(await page.locator('.panel .media-note').textContent(), /not secure \(http:\/\/\)/);
  assert.equal(await page.locator('.panel .show-media').count(), 0);
  assert.deepEqual(asked, []);
  assert.deepEqual(errors, []);
});

test('"Always show media from this timeline" is kept for this timeline on this device, and can be taken back', async () => {
  const { page, errors, context } = await open(MEDIA);
  const asked = await otherSites(page);
  await openEvent(page, 'A video');
  const video = page.locator('.panel .media-frame');
  await video.locator('.media-consent', { hasText: 'Video from www.youtube.com' }).waitFor();
  await page.locator('.panel').getByRole('checkbox', { name: 'Always show media from this timeline' }).check();
  // The privacy-enhanced player, never youtube.com itself.
  const player = video.locator('iframe');
  await player.waitFor();
  assert.equal(await player.getAttribute('src'), 'https://www.youtube-nocookie.com/embed/pi2v1m6gmD8?start=65');
  assert.ok(await player.getAttribute('title'));
  // Another event of the same timeline shows its media at once, after a reload too.
  await page.reload();
  await openEvent(page, 'Protocol-relative image');
  await page.waitForFunction(() => document.querySelector('.panel .media-frame img')?.naturalWidth > 0);
  assert.ok(await page.locator('.panel').getByRole('checkbox', { name: 'Always show media from this timeline' }).isChecked());
  assert.ok(!asked.some((u) => u.startsWith('https://www.youtube.com/')), 'nothing from youtube.com');
  // Another timeline (here: the same file under another name) asks again.
  fs.copyFileSync(path.join(root, 'tests/fixtures/import/media.json'), path.join(generated, 'media-copy.json'));
  const other = await context.newPage();
  await otherSites(other);
  await other.goto(page.url().replace(/\?.*/, '?data=generated/media-copy.json'));
  await openEvent(other, 'Protocol-relative image');
  await other.locator('.panel .media-consent').waitFor();
  assert.equal(await other.locator('.panel .media-frame img').count(), 0);
  // Taken back: the next event asks again.
  await page.locator('.panel').getByRole('checkbox', { name: 'Always show media from this timeline' }).uncheck();
  await openEvent(page, 'A video');
  await page.locator('.panel .media-consent', { hasText: 'Video from' }).waitFor();
  assert.equal(await page.locator('.panel iframe').count(), 0);
  assert.deepEqual(errors, []);
});

test('an image that does not arrive leaves a note, and offline Show says the network is needed', async () => {
  const { page, errors, context } = await open(MEDIA);
  await otherSites(page, { image: 404 });
  await openEvent(page, 'Protocol-relative image');
  const frame = page.locator('.panel .media-frame');
  const height = (await frame.boundingBox()).height;
  await page.locator('.panel').getByRole('button', { name: 'Show the image' }).click();
  await frame.locator('.media-note', { hasText: 'The image could not be loaded from upload.wikimedia.org.' }).waitFor();
  assert.equal(await frame.locator('img').count(), 0, 'no broken picture');
  assert.equal(Math.round((await frame.boundingBox()).height), Math.round(height));
  await openEvent(page, 'A video');
  await context.setOffline(true);
  await page.locator('.panel').getByRole('button', { name: 'Show the video' }).click();
  await page.locator('.panel .media-note', { hasText: 'You are offline: this video is on www.youtube.com and needs the network.' }).waitFor();
  assert.equal(await page.locator('.panel iframe').count(), 0);
  await context.setOffline(false);
  // The 404 is the browser's own console line, not the app's.
  assert.deepEqual(errors.filter((e) => !/404|Failed to load resource/.test(e)), []);
});

test('Download writes this app\'s JSON, TimelineJS JSON and the spreadsheet, and each opens here again', async () => {
  const { page, errors } = await open('');
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Download…' }).click();
  const dialog = page.locator('dialog.download-dialog');
  await dialog.getByText(`All ${data.events.length} events of the timeline on screen`).waitFor();
  for (const [label, ending, note] of [
    ["This app's JSON", '.json', null],
    ['TimelineJS JSON', '.timelinejs.json', /citations|sources/i],
    ['Spreadsheet (CSV)', '.csv', /citations|sources/i],
  ]) {
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: label }).click()]);
    assert.ok(download.suggestedFilename().endsWith(ending), download.suggestedFilename());
    const file = path.join(generated, download.suggestedFilename());
    await download.saveAs(file);
    const status = dialog.locator('.download-status');
    await status.getByText(`Saved as “${download.suggestedFilename()}”.`).waitFor();
    if (note) assert.match(await status.textContent(), note, `${label}: says what went into the text`);
    // It opens again with every event.
    const text = fs.readFileSync(file, 'utf8');
    if (ending === '.timelinejs.json') assert.equal(JSON.parse(text).events.length, data.events.length);
    const again = await page.context().newPage();
    await again.goto(`${page.url().replace(/\?.*/, '')}?data=generated/${encodeURIComponent(download.suggestedFilename())}&list=1`);
    await again.locator('.list-event').first().waitFor();
    assert.equal(await again.locator('.list-event').count(), data.events.length, label);
    await again.close();
  }
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
});

test('a file of one event says "1 event", and a file with no opening window offers no "core of the story"', async () => {
  const one = {
    title: { text: { headline: 'Une seule date' } },
    events: [{ start_date: { year: '1905' }, text: { headline: 'Le seul événement', text: 'Rien d’autre.' } }],
  };
  fs.writeFileSync(path.join(generated, 'one.json'), JSON.stringify(one));
  const { page, errors } = await open('?data=generated/one.json');
  await page.locator('.match-count', { hasText: /^1 event$/ }).waitFor();
  const options = await page.locator('select.presets option').allTextContents();
  assert.ok(!options.includes('The core of the story'), options.join(' | '));
  assert.ok(options.includes('Everything'));
  const bundled = await open('');
  assert.ok((await bundled.page.locator('select.presets option').allTextContents()).includes('The core of the story'));
  assert.deepEqual(errors, []);
});
