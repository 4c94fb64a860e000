// The compare view's profile in the benchmark: a synthetic dataset in headless Chromium at
// 1280x720; the time to open the view (key C) with its longest main-thread task, then
// scrolling it a screen at a time: the interval between frames while it scrolls and the
// longest task. Only the rows near the view are drawn, so each step should fit a frame.
import { watchedPage, resetLongTasks, longestTask } from './longtasks.mjs';
export async function compareRun(browser, server, n) {
  const page = await watchedPage(browser);
  await page.goto(`${server.url}?data=bench/events-${n}.json`);
  await page.locator('.event-label').first().waitFor({ timeout: 120000 });
  await page.waitForTimeout(1500);
  await resetLongTasks(page);
  const t0 = Date.now();
  await page.locator('.strip').focus();
  await page.keyboard.press('c');
  await page.locator('.compare-row').first().waitFor({ timeout: 120000 });
  const open = Date.now() - t0;
  await page.waitForTimeout(1000);
  const openLongest = await longestTask(page);
  // Scroll a screen at a time, one step per frame, and time the frames.
  const scrolled = await page.evaluate(async () => {
    window.__long = [];
    const grid = document.querySelector('.compare');
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const gaps = [];
    let last = await frame();
    for (let i = 0; i < 120; i++) {
      grid.scrollTop += grid.clientHeight * 0.9;
      const now = await frame();
      gaps.push(now - last);
      last = now;
    }
    gaps.sort((a, b) => a - b);
    return {
      p50: gaps[Math.floor(gaps.length / 2)],
      p95: gaps[Math.floor(gaps.length * 0.95)],
      drawn: document.querySelectorAll('.compare-row').length,
      top: grid.scrollTop,
    };
  });
  await page.waitForTimeout(300);
  const scrollLongest = await longestTask(page);
  await page.close();
  return { open, openLongest, ...scrolled, scrollLongest };
}
