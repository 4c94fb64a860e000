// Bytes over the wire for a first visit and a return visit, with the service worker on
// (web/sw.js), from the server's own count of body bytes sent (precompressed files, and
// the caching headers the README asks hosts to send). A first visit lasts until the worker
// has stored the build; a return visit is a new tab in the same browser profile, until
// the timeline is drawn and the worker has checked for a new build.
export async function visits(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'allow' });
  const page = await context.newPage();
  let before = server.bytesSent();
  await page.goto(server.url);
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 60000, polling: 100 });
  await page.waitForTimeout(500);
  const first = server.bytesSent() - before;
  await page.close();
  before = server.bytesSent();
  const again = await context.newPage();
  await again.goto(server.url);
  await again.waitForFunction(() => document.querySelectorAll('.event-label').length > 0, null, { timeout: 60000 });
  await again.waitForTimeout(1000);
  const back = server.bytesSent() - before;
  await context.close();
  return { first, back };
}
