// A host page on an origin of its own (127.0.0.1 and a free port): what a Moodle page
// on the university's server is to an embedded page of the site. A real server, not
// a routed response: Chromium's local network checks block a routed page (which has
// no address) from framing a loopback one.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function serveHostPage(
  html = '<!doctype html><html lang="fr"><title>Cours</title><p>Cours Moodle</p></html>',
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
