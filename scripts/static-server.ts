/**
 * A minimal static file server for the built site, for the scripts that need one
 * while `astro preview` may already be serving this project (it allows one server
 * per project). Serves `dir` at http://localhost:<port>/, 404.html for unknown paths.
 * With `gzip`, text files go out compressed, as any real host sends them (Lighthouse's
 * simulated slow network would otherwise time a site no host serves).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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

const compressible = new Set(['.html', '.js', '.css', '.svg', '.json', '.xml', '.txt', '.webmanifest']);

export async function serveDir(
  dir: string,
  port = 0,
  options: { gzip?: boolean } = {},
): Promise<{ url: string; close(): void }> {
  const root = normalize(dir);
  const server = createServer((req, res) => {
    let path = normalize(join(root, decodeURIComponent(new URL(req.url!, 'http://x').pathname)));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!path.startsWith(root) || !existsSync(path)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': types['.html'] }).end(existsSync(notFound) ? readFileSync(notFound) : '');
      return;
    }
    const type = types[extname(path)] ?? 'application/octet-stream';
    if (
      options.gzip &&
      compressible.has(extname(path)) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    ) {
      res
        .writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' })
        .end(gzipSync(readFileSync(path)));
      return;
    }
    res.writeHead(200, { 'content-type': type }).end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(port, r));
  return { url: `http://localhost:${(server.address() as { port: number }).port}`, close: () => server.close() };
}
