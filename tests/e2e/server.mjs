// Static file server for end-to-end tests and benchmarks: serves the release build
// (dist/) and, under /fixtures/, the test fixtures. Loopback only. Like a production
// host it sends a precompressed `.br` or `.gz` file where one exists and the browser
// accepts it, and otherwise gzips text on the fly, so byte counts are what a phone
// would download. Caching follows the README's advice to hosts: names with a content hash
// are immutable, everything else is revalidated (ETag, 304).
import crypto from 'node:crypto';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.jpg': 'image/jpeg', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.webmanifest': 'application/manifest+json', '.ftl': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};
const TEXT = /^(text\/|application\/(json|wasm|manifest)|image\/svg)/;

/** The body to send for `file` and its encoding, given the request's Accept-Encoding. */
function encoded(file, type, accept, compress) {
  for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accept.includes(enc) && fs.existsSync(file + ext)) return [fs.readFileSync(file + ext), enc];
  }
  const body = fs.readFileSync(file);
  if (compress && accept.includes('gzip') && TEXT.test(type) && body.length > 256) {
    return [zlib.gzipSync(body, { level: 6 }), 'gzip'];
  }
  return [body, null];
}

/**
 * Starts a server; resolves to { url, close, bytesSent() }. mounts: [[prefix, dir], ...].
 * options.compress (default true): gzip on the fly where no precompressed file exists.
 * Like public static hosts it allows cross-origin reads. `/fixtures/away.json` redirects to
 * the same server under another host name (localhost), which is another origin.
 */
export function serve(mounts, port = 0, options = {}) {
  const compress = options.compress ?? true;
  let bytes = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    res.setHeader('access-control-allow-origin', '*');
    if (url.pathname === '/fixtures/away.json') {
      res.writeHead(302, { location: `http://localhost:${server.address().port}/fixtures/far-window.json` });
      res.end();
      return;
    }
    let rel;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    for (const [prefix, dir] of mounts) {
      if (!rel.startsWith(prefix)) continue;
      const base = path.resolve(dir);
      let file = path.join(base, rel.slice(prefix.length));
      if (!file.startsWith(base)) break;
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!fs.existsSync(file)) break;
      const type = TYPES[path.extname(file)] || 'application/octet-stream';
      const [body, encoding] = encoded(file, type, String(req.headers['accept-encoding'] || ''), compress);
      const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
      const headers = {
        'content-type': type, etag, vary: 'accept-encoding',
        'cache-control': /\/(app|style)-[0-9a-f]{8,}/.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      bytes += body.length;
      if (encoding) headers['content-encoding'] = encoding;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }),
        bytesSent: () => bytes,
      });
    });
  });
}
