// Deterministic synthetic datasets in the app's format, for the benchmark: N events
// across 1879-1988, most of them in 1932-1939, some spans, a few month- or year-precision
// dates. Usage: node bench/gen.mjs N > file.json (or import { generate }).
const CATS = ['party', 'army', 'secret-police', 'show-trials', 'camps', 'society', 'leadership', 'war-foreign', 'memory'];
const COLOURS = ['#882255', '#117733', '#332288', '#AA4499', '#997700', '#44AA99', '#CC6677', '#3377BB', '#777777'];
const WORDS = ['trial', 'decree', 'arrests', 'congress', 'camp', 'plenum', 'purge', 'report', 'census', 'order', 'commission', 'directive'];

/** A seeded generator of numbers in [0, 1) (a 64-bit linear congruential generator, as
 * core/tests/common/mod.rs): the same seed gives the same datasets, and the e2e fuzz
 * (tests/e2e/fuzz.test.mjs) the same links. */
export function rng(seed) {
  let s = BigInt(seed);
  return () => {
    s = (s * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n);
    return Number(s >> 33n) / 2 ** 31;
  };
}

const pad = (n) => String(n).padStart(2, '0');

function dayToIso(d) {
  const dt = new Date(Date.UTC(1879, 0, 1) + d * 86400000);
  return `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
}

export function generate(n, seed = 1) {
  const r = rng(seed);
  const total = Math.round((Date.UTC(1988, 11, 31) - Date.UTC(1879, 0, 1)) / 86400000);
  const coreFrom = Math.round((Date.UTC(1932, 0, 1) - Date.UTC(1879, 0, 1)) / 86400000);
  const coreLen = Math.round((Date.UTC(1939, 11, 31) - Date.UTC(1932, 0, 1)) / 86400000);
  const people = Array.from({ length: 40 }, (_, i) => ({ id: `person-${i}`, name: `Person ${i}`, aliases: [`P. ${i}`] }));
  const events = [];
  for (let i = 0; i < n; i++) {
    const day = r() < 0.7 ? coreFrom + Math.floor(r() * coreLen) : Math.floor(r() * (total - 400));
    let start = dayToIso(day);
    const p = r();
    if (p < 0.1) start = start.slice(0, 4);
    else if (p < 0.25) start = start.slice(0, 7);
    const e = {
      id: `event-${i}`,
      title: `${WORDS[i % WORDS.length]} ${i} ${'of the committee '.repeat(Math.floor(r() * 3))}`.trim(),
      start,
      summary: `Synthetic event number ${i}.`,
      categories: [CATS[Math.floor(r() * CATS.length)]],
      people: [people[Math.floor(r() * people.length)].id],
      citations: [{ source: 'synthetic', section: 'Main', paragraph: 1 + (i % 50), says: `Says something about event ${i}.` }],
    };
    if (p >= 0.25 && r() < 0.15) e.end = dayToIso(day + 30 + Math.floor(r() * 900));
    events.push(e);
  }
  return {
    title: `Synthetic timeline (${n} events)`,
    subtitle: 'Benchmark data',
    default_window: { from: '1932', to: '1939' },
    sources: [{ id: 'synthetic', title: 'Synthetic source', kind: 'Generated', author: 'Not stated', date: 'Not stated', audience: 'Not stated', purpose: 'Not stated', based_on: 'Not stated', span: '1879-1988', sections: ['Main'], reliability: 'None: generated for benchmarks.' }],
    categories: CATS.map((id, i) => ({ id, label: id, colour: COLOURS[i] })),
    people,
    eras: [{ id: 'core', label: 'Core years', start: '1932', end: '1939', sources: ['synthetic'] }],
    events,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(generate(+(process.argv[2] || 1000))));
}
