// The phone profile of the benchmark: a mid-range phone as Lighthouse models one
// (412x823 touch screen, 4x slower CPU, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
// up), applied through the DevTools protocol, against a server that sends the build's
// precompressed files. Measures, per page load:
//   painted   - navigation start to the first frame showing events on screen (or, with
//               `panel`, the linked event's panel heading), painted: the pre-rendered
//               first view's or the app's, whichever comes first;
//   input     - navigation start until the app handles input (it has started and taken
//               the first view over);
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

/** A page on the phone profile: its screen, touch, network and CPU. */
async function phonePage(browser) {
  const context = await browser.newContext({
    viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: PHONE.isMobile, hasTouch: PHONE.hasTouch, serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  return { context, page, cdp };
}

/** One page load on the phone profile; `query` is the link, `panel` waits for a panel. */
export async function phoneLoad(browser, server, query, { panel = false } = {}) {
  const { context, page, cdp } = await phonePage(browser);
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
    const shown = (el) => el.textContent.trim() && el.getClientRects().length > 0;
    const look = () => {
      if (window.__painted !== undefined || window.__seen) return;
      if (![...document.querySelectorAll(selector)].some(shown)) return;
      window.__seen = true;
      requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }, 0));
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
    document.addEventListener('DOMContentLoaded', look);
    // The app handles input once it has started and the first view is gone.
    const ready = () => {
      if (window.__appStarted && !document.getElementById('first')) window.__input = performance.now();
      else requestAnimationFrame(ready);
    };
    requestAnimationFrame(ready);
  }, panel ? '.panel h2' : '.event-label');
  const before = server.bytesSent();
  await page.goto(server.url + query, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 120000, polling: 50 });
  const bytes = server.bytesSent() - before;
  const { TaskDuration } = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await page.waitForFunction(() => window.__input !== undefined, null, { timeout: 120000, polling: 50 });
  await page.waitForTimeout(3000);
  const r = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const tbt = window.__long.filter(([t]) => t >= fcp).reduce((s, [, d]) => s + Math.max(0, d - 50), 0);
    return { painted: window.__painted, input: window.__input, lcp: window.__lcp, cls: window.__cls, tbt, fcp };
  });
  await context.close();
  return { ...r, busy: TaskDuration * 1000, bytes };
}

/** A student on the phone profile taps an event's label the moment the first view shows
 * it: time from the start of the navigation until that event's panel heading is on
 * screen (the tap either navigates to the event's pre-rendered page or waits for the
 * app), or `lost` when it never comes. */
export async function phoneTap(browser, server) {
  const { context, page, cdp } = await phonePage(browser);
  const start = Date.now();
  await page.goto(server.url, { waitUntil: 'commit' });
  // The first label wholly on screen, as soon as it is.
  const href = await (await page.waitForFunction(() => {
    const a = [...document.querySelectorAll('.event-label')].find((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight;
    });
    return a && a.getAttribute('href');
  }, null, { timeout: 120000, polling: 20 })).jsonValue();
  const title = await page.locator(`.event-label[href="${href}"]:visible`).first().locator('.title').textContent();
  await page.locator(`.event-label[href="${href}"]:visible`).first().tap();
  const shown = await page.waitForFunction((t) => [...document.querySelectorAll('.panel h2')]
    .some((h) => h.textContent === t && h.getClientRects().length > 0), title, { timeout: 60000, polling: 20 })
    .then(() => Date.now() - start, () => null);
  await context.close();
  return { tap: shown, lost: shown === null };
}
