/**
 * A minimal static file server for the built site, for the scripts that need one
 * while `astro preview` may already be serving this project (it allows one server
 * per project). Serves `dir` at http://localhost:<port>/, 404.html for unknown paths.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export async function serveDir(dir: string, port = 0): Promise<{ url: string; close(): void }> {
  const root = normalize(dir);
  const server = createServer((req, res) => {
    let path = normalize(join(root, decodeURIComponent(new URL(req.url!, 'http://x').pathname)));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!path.startsWith(root) || !existsSync(path)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': types['.html'] }).end(existsSync(notFound) ? readFileSync(notFound) : '');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(port, r));
  return { url: `http://localhost:${(server.address() as { port: number }).port}`, close: () => server.close() };
}
