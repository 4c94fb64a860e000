// The scale profile of the benchmark: a large synthetic dataset in headless Chromium at
// 1280x720, and for each thing a user does, the longest main-thread task it causes (the
// page is frozen that long) and the time until its result shows: loading, five wheel
// zooms, a category filter, the first text search, clearing, and opening the list.
import { watchedPage, resetLongTasks, longestTask } from './longtasks.mjs';
export async function scaleRun(browser, server, n) {
  const page = await watchedPage(browser);
  const out = [];
  const step = async (name, act, done) => {
    await resetLongTasks(page);
    const t0 = Date.now();
    await act();
    await done();
    const took = Date.now() - t0;
    await page.waitForTimeout(1200); // tasks the step set going after its result showed
    const longest = await longestTask(page);
    out.push({ name, took, longest });
  };
  await step('load', () => page.goto(`${server.url}?data=bench/events-${n}.json`),
    () => page.locator('.event-label').first().waitFor({ timeout: 120000 }));
  await step('zoom (5 wheel steps)', async () => {
    await page.mouse.move(640, 420);
    for (let i = 0; i < 5; i++) { await page.mouse.wheel(0, -200); await page.waitForTimeout(40); }
  }, () => page.waitForTimeout(100));
  await step('filter to a category', () => page.locator('button.cat').nth(1).click(),
    () => page.waitForFunction(() => /match/.test(document.querySelector('.match-count').textContent)));
  await step('first text search', () => page.getByRole('searchbox', { name: 'Search events' }).fill('trial'),
    () => page.waitForFunction(() => /match/.test(document.querySelector('.match-count').textContent)));
  await step('clear filters', () => page.getByRole('button', { name: 'Clear filters' }).first().click(),
    () => page.waitForFunction(() => !/match/.test(document.querySelector('.match-count').textContent)));
  await step('open the list', async () => { await page.locator('.strip').focus(); await page.keyboard.press('l'); },
    () => page.locator('.list-event').first().waitFor({ timeout: 120000 }));
  await page.close();
  return out;
}
