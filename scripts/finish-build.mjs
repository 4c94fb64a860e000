// Seals a staged build (run by scripts/wasm.sh once every file is in place, before the
// precompressed copies are written). Usage: node scripts/finish-build.mjs DIR
//   1. index.html: the Content-Security-Policy allows its inline scripts and its one inline
//      stylesheet (the first view's) by their SHA-256 (in place of CSP-HASHES and
//      STYLE-HASHES), so no other inline script or style can apply;
//   2. sw.js: the list of files the service worker stores for offline use (in place of
//      'BUILD-FILES') and the build's version, a hash of all of them (BUILD-VERSION).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/finish-build.mjs DIR');
const at = (f) => path.join(dir, f);
const sha = (text, encoding) => crypto.createHash('sha256').update(text).digest(encoding);

let html = fs.readFileSync(at('index.html'), 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (html.split('CSP-HASHES').length !== 2) throw new Error('index.html: needs exactly one CSP-HASHES placeholder');
html = html.replace('CSP-HASHES', inline.map((s) => `'sha256-${sha(s, 'base64')}'`).join(' '));
const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
if (html.split('STYLE-HASHES').length !== 2) throw new Error('index.html: needs exactly one STYLE-HASHES placeholder');
html = html.replace('STYLE-HASHES', styles.map((s) => `'sha256-${sha(s, 'base64')}'`).join(' '));
fs.writeFileSync(at('index.html'), html);

// Everything the app can load, relative to the page: the page itself as './', the code
// (every chunk: dialogs must open offline), style, icons, manifest and bundled data, and
// the catalogue of the page's own language. Not the first view's event pages (a head
// start on a slow network; offline the app draws them itself), the other languages'
// catalogues (the worker keeps one once it has been fetched: nobody downloads nine
// languages to read one) nor data/'s documentation. The version covers them all.
function* files(sub) {
  for (const entry of fs.readdirSync(at(sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (entry.name !== 'first') yield* files(rel);
    } else if (!/\.(br|gz|md|txt)$/.test(entry.name) && rel !== 'sw.js' && rel !== 'index.html') {
      yield rel;
    }
  }
}
const every = ['./', ...[...files('')].sort()];
const pageLang = (html.match(/<html[^>]*\slang="([^"]+)"/) || [])[1];
if (!pageLang) throw new Error('index.html: <html> has no lang');
const list = every.filter((f) => !/\/lang\/[^/]+\.ftl$/.test(f) || f.endsWith(`/lang/${pageLang}.ftl`));
const body = (f) => fs.readFileSync(at(f === './' ? 'index.html' : f));
const all = crypto.createHash('sha256');
for (const f of every) all.update(f).update(body(f));
const version = all.digest('hex').slice(0, 16);
let sw = fs.readFileSync(at('sw.js'), 'utf8');
if (!sw.includes("['BUILD-FILES']")) throw new Error('sw.js: no BUILD-FILES placeholder');
sw = sw.replace("['BUILD-FILES']", JSON.stringify(list)).replace('BUILD-VERSION', version);
fs.writeFileSync(at('sw.js'), sw);
const bytes = list.reduce((n, f) => n + body(f).length, 0);
console.log(`finish-build: ${inline.length} inline scripts and ${styles.length} stylesheet hashed; offline copy: ${list.length} files, ${Math.round(bytes / 1024)} KB (version ${version})`);
