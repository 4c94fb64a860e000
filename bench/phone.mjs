// The phone profile of the benchmark: a mid-range phone as Lighthouse models one
// (412x823 touch screen, 4x slower CPU, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
// up), applied through the DevTools protocol, against a server that sends the build's
// precompressed files. Measures, per page load:
//   painted   - navigation start to the first frame showing events (or, with `panel`,
//               showing the linked event's panel text), painted;
//   busy      - main-thread task time until then;
//   bytes     - bytes over the wire until then (compressed, as sent);
//   lcp, cls  - largest contentful paint and cumulative layout shift, read 3 s later,
//               the way Lighthouse's lab metrics define them;
//   tbt       - total blocking time: the part over 50 ms of every main-thread task from
//               the first contentful paint until the page is quiet.
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  cpu: 4,
  network: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};

/** One page load on the phone profile; `query` is the link, `panel` waits for a panel. */
export async function phoneLoad(browser, server, query, { panel = false } = {}) {
  const context = await browser.newContext({
    viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: PHONE.isMobile, hasTouch: PHONE.hasTouch, serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  await cdp.send('Performance.enable');
  await page.addInitScript((selector) => {
    window.__lcp = 0;
    window.__cls = 0;
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
      .observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
    // The first frame painted with the wanted content: seen on insertion, painted once
    // the next animation frame's style, layout and paint are done.
    new MutationObserver((_, obs) => {
      const el = document.querySelector(selector);
      if (!el || !el.textContent.trim()) return;
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }, 0));
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, panel ? '.panel h2' : '.event-label');
  const before = server.bytesSent();
  await page.goto(server.url + query, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 120000, polling: 50 });
  const bytes = server.bytesSent() - before;
  const { TaskDuration } = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await page.waitForTimeout(3000);
  const r = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const tbt = window.__long.filter(([t]) => t >= fcp).reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
    return { painted: window.__painted, lcp: window.__lcp, cls: window.__cls, tbt, fcp };
  });
  await context.close();
  return { ...r, busy: TaskDuration * 1000, bytes };
}
