/** The generated host configuration (src/lib/hosting.ts); a real nginx runs it in tests/build/subpath.test.ts. */
import { describe, expect, it } from 'vitest';
import { headersFile, htaccess, IMMUTABLE, nginxConf } from '../../src/lib/hosting';

const o = { base: '/atlas-ml/', frameAncestors: "'self' https://moodle.u.example" };

describe('hosting configuration', () => {
  it('_headers: frame-ancestors and no-cache on every page, a year on hashed assets, no-cache on sw.js', () => {
    const lines = headersFile(o).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '/atlas-ml/*',
      "  Content-Security-Policy: frame-ancestors 'self' https://moodle.u.example",
      '  Cache-Control: no-cache',
    ]);
    expect(lines.slice(3, 5)).toEqual(['/atlas-ml/_astro/*', `  Cache-Control: ${IMMUTABLE}`]);
    expect(lines.slice(5, 7)).toEqual(['/atlas-ml/sw.js', '  Cache-Control: no-cache']);
  });

  it('nginx: one location for the base, the 404 page, MIME types, the policy repeated in each nested block', () => {
    const conf = nginxConf(o, '/srv');
    expect(conf).toContain('location /atlas-ml/ {\n    root /srv;');
    expect(conf).toContain('error_page 404 /atlas-ml/404.html;');
    for (const t of ['application/wasm wasm;', 'application/manifest+json webmanifest;', 'application/zip imscc;'])
      expect(conf).toContain(t);
    // add_header in a nested location drops the outer ones: three blocks, three policies.
    expect(
      conf.match(/add_header Content-Security-Policy "frame-ancestors 'self' https:\/\/moodle.u.example" always;/g),
    ).toHaveLength(3);
    expect(conf).toContain(`location /atlas-ml/_astro/ {\n        add_header Content-Security-Policy`);
    expect(conf).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
    expect(conf).toMatch(/location = \/atlas-ml\/sw\.js \{[^}]*no-cache/);
  });

  it('Apache: ErrorDocument, AddType and the headers', () => {
    const h = htaccess({ base: '/', frameAncestors: "'self'" });
    expect(h).toContain('ErrorDocument 404 /404.html');
    expect(h).toContain('AddType application/wasm .wasm');
    expect(h).toContain('AddType application/manifest+json .webmanifest');
    expect(h).toContain(`Header always set Content-Security-Policy "frame-ancestors 'self'"`);
  });
});
