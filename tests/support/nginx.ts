// A real nginx (Debian's, /usr/sbin/nginx; .ci/run installs it) serving a built site with
// the generated server block, run by any user: pid, logs and temporary files in a folder of its own.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const nginxPath = process.env.NGINX ?? '/usr/sbin/nginx';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Serves `outDir` at <origin><base> with `block` (a location block for the base, root <prefix>/www). */
export async function startNginx(
  outDir: string,
  base: string,
  block: (root: string) => string,
): Promise<{ origin: string; stop(): Promise<void>; log(): string }> {
  const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const www = join(prefix, 'www');
  mkdirSync(join(www, base, '..'), { recursive: true });
  symlinkSync(outDir, join(www, base.replace(/\/$/, '')));
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, d));
  const port = await freePort();
  writeFileSync(join(prefix, 'site.conf'), block(www));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
${process.getuid?.() === 0 ? '# As root, workers would run as nobody, who cannot read this private folder.\nuser root;\n' : ''}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    server {
        listen 127.0.0.1:${port};
        include ${prefix}/site.conf;
    }
}
`,
  );
  const child = spawn(nginxPath, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  const log = () => {
    try {
      return readFileSync(join(prefix, 'error.log'), 'utf8');
    } catch {
      return '';
    }
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${log()}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}
