import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8', '.wasm': 'application/wasm', '.png': 'image/png', '.ico': 'image/x-icon',
  '.ics': 'text/calendar; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
};

export interface StaticServer { url: string; close(): Promise<void> }

/**
 * Serves a built site the way a static host does: directory index, 404.html for misses, and
 * optional extra headers (the browser tests pass the production CSP here).
 */
export async function serveStatic(root: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      // Serve the build's pre-compressed copy when the browser accepts it, as nginx gzip_static does.
      const accepts = String(req.headers['accept-encoding'] ?? '');
      for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
        if (!accepts.includes(encoding)) continue;
        try {
          const body = await readFile(path + suffix);
          res.writeHead(200, { 'content-type': type, 'content-encoding': encoding, vary: 'Accept-Encoding', ...headers });
          res.end(body);
          return;
        } catch {
          // no pre-compressed copy of this file
        }
      }
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(await readFile(path));
    } catch {
      const locale = url.pathname.split('/')[1];
      let body: Buffer;
      try {
        body = await readFile(join(base, locale === 'en' || locale === 'zh-cn' ? `${locale}/404/index.html` : '404.html'));
      } catch {
        body = Buffer.from('Not found');
      }
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(body);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
