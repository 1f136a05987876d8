/**
 * The Content-Security-Policy of every page (Astro's `security.csp` writes it as a
 * <meta http-equiv> with a hash for each of our inline scripts and styles).
 * Everything comes from the site itself: no other origin is allowed anywhere. The cheat sheet's
 * stylesheets are written into it after the build, which adds their hashes to its policy
 * (src/integration/inline-styles.ts).
 *
 * Exceptions, each needed and each as narrow as CSP allows:
 * - `style-src-attr 'unsafe-inline'`: KaTeX positions every glyph with inline
 *   `style="height:…;vertical-align:…"` attributes, and Shiki colours code tokens the
 *   same way; both are generated per formula/snippet, so they cannot be hashed in
 *   advance. Attribute styles cannot load anything or run code; <style> elements
 *   and stylesheets stay restricted to the site and to hashes.
 * - `'wasm-unsafe-eval'` in script-src: Pagefind's search runs as WebAssembly
 *   (/pagefind/wasm.*.pagefind), which the browser must be allowed to compile.
 *   It does not allow eval() of JavaScript.
 * - `worker-src 'self' blob:`: Pagefind starts its search worker from a blob: URL
 *   built from its own script.
 * - `font-src data:` on the cheat sheet only: the KaTeX fonts its formulas use are written into
 *   it, cut to their characters (src/integration/embed-fonts.ts); every other page keeps
 *   `font-src 'self'`, which tests/e2e/built-files.spec.ts checks.
 * No `frame-ancestors`: a <meta> policy cannot set it, and teachers embed pages in Moodle.
 */
import { createHash } from 'node:crypto';
import { embedEarlyScript, redirectScript, themeInitScript } from './inline-scripts';
import type { AstroUserConfig } from 'astro';

/** The CSP hash source of an inline script or style (without quotes, as Astro's `security.csp` takes it). */
export const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

// Typed for Astro's `security.csp` (mutable arrays), not `as const`.
export const csp: NonNullable<AstroUserConfig['security']>['csp'] = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: [sha256(themeInitScript), sha256(embedEarlyScript), sha256(redirectScript)],
  },
  styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
};
