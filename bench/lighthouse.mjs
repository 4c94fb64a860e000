// Lighthouse's mobile performance audit of the release build (simulated 4x CPU slowdown
// and slow 4G, as Lighthouse's default mobile preset), for the first view and for a link
// to an event. Run by `make bench`, which installs Lighthouse from npm on first use (it
// is not a test dependency). Three runs per page (a run's score moves by a few points):
// prints the three scores and the lab metrics of the median run.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';
import { CHROMIUM } from '../tests/e2e/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const server = await serve([['/', path.join(root, 'dist')]]);
const flags = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run '
  + '--disable-background-networking --disable-component-update --disable-sync';
const out = path.join(os.tmpdir(), `lighthouse-${process.pid}.json`);
console.log('\nLighthouse (mobile preset, performance)');
console.log('| page | score (runs) | first contentful paint | largest contentful paint | total blocking time | layout shift | speed index |');
console.log('|---|---|---|---|---|---|---|');
for (const [label, query] of [['first view', ''], ['a link to an event', '?event=kirov-assassination']]) {
  const runs = [];
  for (let k = 0; k < 3; k++) {
    // Not synchronous: the server answering Lighthouse runs in this process.
    await promisify(execFile)(path.join(root, 'node_modules/.bin/lighthouse'), [
      server.url + query, '--only-categories=performance', `--chrome-flags=${flags}`,
      '--output=json', `--output-path=${out}`, '--quiet',
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM } });
    runs.push(JSON.parse(fs.readFileSync(out, 'utf8')));
  }
  const score = (r) => Math.round(r.categories.performance.score * 100);
  runs.sort((x, y) => score(x) - score(y));
  const r = runs[1];
  const a = (k) => r.audits[k].displayValue;
  console.log(`| ${label} | ${score(r)} (${runs.map(score).join(', ')}) | ${a('first-contentful-paint')} | ${a('largest-contentful-paint')} | ${a('total-blocking-time')} | ${a('cumulative-layout-shift')} | ${a('speed-index')} |`);
}
fs.rmSync(out, { force: true });
await server.close();
