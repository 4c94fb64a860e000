// Where the app's start spends the phone's main thread: loads a build on the phone
// profile's screen and 4x slower CPU (no network throttling: the tasks, not the wire),
// traces it with a CPU profile beside, and prints every main-thread task over a threshold
// with what the browser did in it and, for each script call in it, the functions that
// took the time. Not part of `make bench`; a tool for finding a long task's cause.
//
//   WASM_OPT_DEBUG=-g trunk build --release --dist /tmp/dist-names   # keeps function names
//   node bench/start-profile.mjs /tmp/dist-names [query]
//
// Environment: MIN (ms, default 40) the shortest task shown; DEPTH (default 2) how many
// frames below the scheduler's glue name a call; RATE (default 4) the CPU slowdown.
import { serve } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { PHONE } from './phone.mjs';

const [dir = 'dist', query = ''] = process.argv.slice(2);
const MIN = +(process.env.MIN || 40) * 1000;
const DEPTH = +(process.env.DEPTH || 2);
const server = await serve([['/', dir]]);
const browser = await launch();
const context = await browser.newContext({
  viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true, serviceWorkers: 'block',
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: +(process.env.RATE || PHONE.cpu) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8.wasm'] });
await cdp.send('Profiler.start');
await page.goto(server.url + query);
await page.waitForFunction(() => window.__appStarted && !document.getElementById('first'), null, { timeout: 60000 });
await page.waitForTimeout(3000);
const { profile } = await cdp.send('Profiler.stop');
const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
await browser.close();
await server.close();

// The renderer's main thread, its tasks and what ran inside them.
const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const within = (outer, e) => e.ts >= outer.ts && e.ts + e.dur <= outer.ts + outer.dur && e !== outer;
const tasks = mine.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur > MIN);
const start = mine.find((e) => e.name === 'DocumentLoader::CommitNavigation')?.ts ?? tasks[0]?.ts ?? 0;

// The CPU profile's samples on the trace's clock, with the stack of each.
const node = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const samples = [];
let clock = profile.startTime;
profile.samples.forEach((id, i) => {
  clock += profile.timeDeltas[i];
  samples.push({ ts: clock, id, dur: profile.timeDeltas[i + 1] ?? 0 });
});
const stack = (id) => {
  const names = [];
  for (let x = id; x !== undefined; x = parent.get(x)) names.unshift(node.get(x).callFrame.functionName);
  return names;
};
// Rust's mangled names, readable enough; the executor's and bindings' frames are glue.
const readable = (s) => s.replace(/^_ZN/, '').replace(/17h[0-9a-f]{16}E$/, '').replace(/\$LT\$/g, '<')
  .replace(/\$GT\$/g, '>').replace(/\$u7b\$\$u7b\$closure\$u7d\$\$u7d\$/g, '{closure}').replace(/\$u20\$/g, ' ')
  .replace(/\.\./g, '::').replace(/(^|[^\w])\d+(?=[a-z_])/gi, '$1').replace(/(\w)\d+(?=[a-z_<])/gi, '$1::').slice(0, 110);
const glue = /^\(root\)$|^\(program\)$|^real$|^$|invoke|Queue|poll|js-to-wasm|wasm-to-js|shim|ScopedFuture|spawn_local|run_until|RawWaker|wake|FnOnce|call_once|xecutor/;
const ms = (us) => (us / 1000).toFixed(1).padStart(6);

for (const task of tasks) {
  const kinds = [...new Set(mine.filter((e) => within(task, e) && e.dur > 5000
    && /Layout|UpdateLayoutTree|Paint|ParseHTML|TimerFire|FireAnimationFrame|FireIdleCallback|FunctionCall|EvaluateScript|compile/i.test(e.name))
    .map((e) => `${e.name} ${Math.round(e.dur / 1000)}`))];
  console.log(`\ntask at ${Math.round((task.ts - start) / 1000)} ms, ${Math.round(task.dur / 1000)} ms: ${kinds.slice(0, 8).join(', ')}`);
  for (const call of mine.filter((e) => e.name === 'FunctionCall' && within(task, e) && e.dur > 5000)) {
    const by = new Map();
    for (const s of samples) {
      if (s.ts < call.ts || s.ts > call.ts + call.dur) continue;
      const name = stack(s.id).filter((n) => !glue.test(n)).slice(0, DEPTH).map(readable).join(' > ') || '(glue)';
      by.set(name, (by.get(name) || 0) + s.dur);
    }
    console.log(`  script call, ${Math.round(call.dur / 1000)} ms:`);
    for (const [name, us] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`   ${ms(us)}  ${name}`);
  }
}
