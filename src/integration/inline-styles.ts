/**
 * The post-build step that writes the cheat sheet's stylesheets into the page itself.
 *
 * Why: every page links its stylesheets (`build.inlineStylesheets: 'never'` in astro.config.ts),
 * so that a student moving from page to page downloads them once. The cheat sheet is the
 * exception worth making: students open it on its own, often first, on a phone, and it is one
 * of the heaviest pages (≈ 370 KB of HTML, 8,500 elements, most of them KaTeX). On a slow
 * connection its first paint waited for three stylesheet requests after the page; written into
 * the page, the styles arrive with it (Lighthouse's simulated phone: first paint 1.8–2.0 s →
 * 1.3 s, when KaTeX's fonts do not land in the count: README, "Lighthouse").
 *
 * The stylesheet files stay where they are (other pages link them, the service worker caches
 * them); each inlined <style> gets its hash in the page's Content-Security-Policy, since
 * style-src allows no 'unsafe-inline'. Run after the course pack, which works on file:// and
 * makes every stylesheet's url(…) relative to the file (scripts/pack.ts): the pack keeps the
 * links, and only the served pages change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../lib/csp.ts';
import { escapeAttribute, parseHtml, serialiseHtml, setAttribute } from '../lib/html.ts';
import { siteUrls } from '../lib/urls.ts';
import type { BuildContext } from './context.ts';

/** The pages (paths under the base) whose stylesheets are written into them: the cheat sheet. */
export const inlineStylePages = [siteUrls('/').formulas().slice(1)];

/**
 * `policy` with `sources` added to its style-src directive, the rest left as written;
 * undefined when the policy has no style-src (then default-src would decide, and adding
 * one would loosen it).
 */
export function addStyleSources(policy: string, sources: string[]): string | undefined {
  const parts = policy.split(';');
  const at = parts.findIndex((d) => d.trim().split(/\s+/)[0] === 'style-src');
  if (at < 0) return undefined;
  parts[at] = `${parts[at]!.trimEnd()} ${sources.join(' ')}`;
  return parts.join(';');
}

/**
 * Replaces each `<link rel="stylesheet">` of the site's own in `html` by a `<style>` holding
 * the file's CSS, and adds the styles' hashes to the page's policy. `readCss` is given the
 * link's path under the base ("_astro/x.css"). Throws, naming `file`, when a stylesheet
 * cannot be inlined.
 */
export function inlineStylesheets(html: string, file: string, base: string, readCss: (path: string) => string): string {
  const root = parseHtml(html);
  const meta = root.querySelector('meta[http-equiv="content-security-policy"]');
  if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta>, so inlined styles could not be allowed`);
  const hashes: string[] = [];
  for (const link of root.querySelectorAll('link[rel="stylesheet"]')) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith(base) || href.startsWith('//')) continue; // not one of ours
    // Without the file's last line break: it means nothing in CSS, and the W3C checker hashes
    // a <style> without it, so that it would report the page's true hash as wrong.
    const css = readCss(href.slice(base.length)).trimEnd();
    // "</style" inside the CSS would end the element early; Vite's minified CSS never has it.
    if (/<\/style/i.test(css)) throw new Error(`${file}: ${href} contains "</style", so it cannot be inlined`);
    const media = link.getAttribute('media');
    link.replaceWith(`<style${media ? ` media="${escapeAttribute(media)}"` : ''}>${css}</style>`);
    hashes.push(`'${sha256(css)}'`);
  }
  if (!hashes.length) return html;
  const policy = addStyleSources(meta.getAttribute('content') ?? '', [...new Set(hashes)]);
  if (!policy) throw new Error(`${file}: its Content-Security-Policy has no style-src for the inlined styles' hashes`);
  setAttribute(meta, 'content', policy);
  return serialiseHtml(root);
}

export function runInlineStyles(ctx: BuildContext, pages = inlineStylePages): void {
  const done: string[] = [];
  for (const page of pages) {
    const file = `${page}index.html`;
    if (!ctx.pages.includes(file)) continue; // a fixture site without a cheat sheet
    const path = join(ctx.outDir, file);
    const html = readFileSync(path, 'utf8');
    const inlined = inlineStylesheets(html, file, ctx.base, (p) => readFileSync(join(ctx.outDir, p), 'utf8'));
    if (inlined === html) continue;
    writeFileSync(path, inlined);
    done.push(`${ctx.base}${page}`);
  }
  ctx.logger.info(`Stylesheets written into ${done.length ? done.join(', ') : 'no page'}`);
}
