// Minimal static file server for end-to-end tests and benchmarks: serves the release
// build (dist/) and, under /fixtures/, the test fixtures. Loopback only.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** Starts a server; resolves to { url, close, bytesSent() }. mounts: [[prefix, dir], ...] */
export function serve(mounts, port = 0) {
  let bytes = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    for (const [prefix, dir] of mounts) {
      if (!rel.startsWith(prefix)) continue;
      let file = path.join(dir, rel.slice(prefix.length));
      if (!file.startsWith(path.resolve(dir))) break;
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!fs.existsSync(file)) break;
      const body = fs.readFileSync(file);
      bytes += body.length;
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((r) => server.close(r)),
        bytesSent: () => bytes,
      });
    });
  });
}
