// The one local HTTP server of the scripts that open pages in Debian's Chromium (bench, story check).
import {readFileSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Serves the files under `dir` on 127.0.0.1 at a free port (`server.address().port`), once `route`
 * has had its say: it answers what it handles and returns true. Nothing outside `dir`; a missing
 * file is a 404.
 */
export function serveFiles(dir, route = () => false) {
  const root = normalize(dir.endsWith(sep) ? dir : dir + sep);
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (route(url, res)) return;
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    let data;
    try {
      data = file.startsWith(root) && statSync(file).isFile() ? readFileSync(file) : undefined;
    } catch {
      data = undefined;
    }
    if (!data) return res.writeHead(404).end();
    res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
    res.end(data);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
