// A teacher's spreadsheet at scale, for the benchmark: a TimelineJS template CSV of N rows
// (quoted text with commas, HTML, groups), opened by ?data= in headless Chromium at
// 1280x720: the time until its first events are drawn, and the longest main-thread task
// on the way (the page is frozen that long).
import { watchedPage, longestTask } from './longtasks.mjs';
import fs from 'node:fs';
import path from 'node:path';

const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

export function writeSheet(dir, n) {
  const rows = [HEADER, ',,,,,,,,,A class timeline,"<p>Made in a spreadsheet</p>",,,,,title,,'];
  for (let k = 0; k < n; k++) {
    const y = 1850 + (k % 150);
    const end = k % 9 === 0 ? `${y + 2},,` : ',,';
    rows.push(`${y},${1 + (k % 12)},${1 + (k % 28)},,${end},,"Event ${k}, ""quoted""","<p>Row ${k}: <b>text</b>, with a comma</p>",,,,,,Group ${k % 8},`);
  }
  const file = path.join(dir, `sheet-${n}.csv`);
  fs.writeFileSync(file, rows.join('\n') + '\n');
  return path.basename(file);
}

export async function importRun(browser, server, file) {
  const page = await watchedPage(browser);
  const t0 = Date.now();
  await page.goto(`${server.url}?data=bench/${file}`);
  await page.locator('.event-label').first().waitFor({ timeout: 120000 });
  const shown = Date.now() - t0;
  await page.waitForTimeout(1000);
  const longest = await longestTask(page);
  await page.close();
  return { shown, longest };
}
