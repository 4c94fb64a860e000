// End-to-end fuzz, with a fixed seed: random links and randomly edited datasets, each
// opened in Chromium. Every one must end in a drawn timeline or a readable error panel,
// never a blank page, and never a page error. (The native fuzz in core/tests/fuzz.rs
// runs thousands more of each without a browser.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { open, data, generated, root } from './harness.mjs';
import { rng } from '../../bench/gen.mjs';


// Every key the app reads (data/link-params.json, written by `timeline-cli link-params`
// from the app's one table of parameters), and one it does not.
const PARAMS = JSON.parse(fs.readFileSync(path.join(root, 'data/link-params.json'), 'utf8')).params;
const KEYS = [...PARAMS.map((p) => p.key), 'x'];
const VALUES = ['kirov-assassination', 'army,party', 'navy', 'stalin', 'study-guide', '1934', '1934-12-01', '9999-99-99',
  '-1', '0', '2', 'projection', 'hide', 'on', '..%2F..%2Fetc', 'javascript:alert(1)', '%3Cscript%3E', '%E2%80%AE', '', 'a'.repeat(400),
  'kirov-to-great-terror', 'fixtures/broken.json', 'generated/nothing.json'];

/** Ends in events, a list, the compare table, or an error panel; no page errors. */
async function settled(page, errors, what) {
  await page.locator('.event-label, .list-event, .compare-head, .error-panel, .no-match').first().waitFor({ timeout: 10000 })
    .catch(() => assert.fail(`${what}: blank page`));
  const real = errors.filter((e) => !/Failed to load resource/.test(e));
  assert.deepEqual(real, [], what);
  errors.length = 0;
}

test('random links never give a blank page or a page error', async () => {
  const r = rng(11);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const { page, errors, context } = await open();
  const base = page.url().split('?')[0];
  for (let n = 0; n < 40; n++) {
    const q = Array.from({ length: 1 + Math.floor(r() * 6) }, () => `${pick(KEYS)}=${pick(VALUES)}`).join('&');
    await page.goto(`${base}?${q}`);
    await settled(page, errors, `?${q}`);
  }
  await context.close();
});

test('randomly edited datasets never give a blank page or a page error', async () => {
  const r = rng(5);
  const leaves = [];
  const walk = (v, p) => {
    if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v).slice(0, 4)) { leaves.push([...p, k]); walk(x, [...p, k]); }
    }
  };
  walk(data, []);
  const junk = [null, '', '  ', -1, 1e308, '9999-99-99', '<img src=x onerror=alert(1)>', [1], { x: 1 }, true, 'c.'];
  const { page, errors, context } = await open();
  const base = page.url().split('?')[0];
  for (let n = 0; n < 15; n++) {
    const d = structuredClone(data);
    for (let k = 0; k < 1 + Math.floor(r() * 3); k++) {
      const p = leaves[Math.floor(r() * leaves.length)];
      let o = d;
      for (const key of p.slice(0, -1)) o = o?.[key];
      if (o && typeof o === 'object') o[p.at(-1)] = junk[Math.floor(r() * junk.length)];
    }
    const file = `fuzz-${n}.json`;
    fs.writeFileSync(path.join(generated, file), r() < 0.2 ? JSON.stringify(d).slice(0, 5000) : JSON.stringify(d, null, 1));
    await page.goto(`${base}?data=generated/${file}`);
    await settled(page, errors, file);
    assert.ok(!(await page.evaluate(() => window.__xss)), 'markup in the data ran');
  }
  await context.close();
});
