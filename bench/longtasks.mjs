// The benchmark's view of main-thread freezes: a page that records every long task
// (50 ms or more), and the longest since the last reset.
export async function watchedPage(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  });
  return page;
}

/** Forgets the long tasks seen so far. */
export const resetLongTasks = (page) => page.evaluate(() => { window.__long = []; });

/** The longest task since the last reset, in ms (0 if none). */
export const longestTask = (page) => page.evaluate(() => Math.max(0, ...window.__long));
