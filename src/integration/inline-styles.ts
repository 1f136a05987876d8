/**
 * The post-build step that writes the cheat sheet's stylesheets into the page itself.
 *
 * Why: every page links its stylesheets (`build.inlineStylesheets: 'never'` in astro.config.ts),
 * so that a student moving from page to page downloads them once. The cheat sheet is the
 * exception worth making: students open it on its own, often first, on a phone, and it is one
 * of the heaviest pages (≈ 370 KB of HTML, 8,500 elements, most of them KaTeX). On a slow
 * connection its first paint waited for three stylesheet requests after the page; written into
 * the page, the styles arrive with it (Lighthouse's simulated phone: first paint 1.8–2.0 s →
 * 1.3 s: README, "Lighthouse").
 *
 * The KaTeX fonts its formulas use come with them, cut to the characters they draw
 * (src/integration/embed-fonts.ts), in a <style data-embedded-fonts> of their own.
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
import { type EmbeddedFonts, embedFonts, type Subsetter, subsetWoff2 } from './embed-fonts.ts';

/** The pages (paths under the base) whose stylesheets are written into them: the cheat sheet. */
export const inlineStylePages = [siteUrls('/').formulas().slice(1)];

/**
 * `policy` with `sources` added to its `directive` (style-src, font-src), the rest left as
 * written; undefined when the policy has no such directive (then default-src would decide, and
 * adding one would loosen it).
 */
export function addSources(policy: string, directive: string, sources: string[]): string | undefined {
  const parts = policy.split(';');
  const at = parts.findIndex((d) => d.trim().split(/\s+/)[0] === directive);
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
export async function inlineStylesheets(
  html: string,
  file: string,
  base: string,
  readCss: (path: string) => string,
  fonts?: FontOptions,
): Promise<string> {
  const root = parseHtml(html);
  const meta = root.querySelector('meta[http-equiv="content-security-policy"]');
  if (!meta) throw new Error(`${file}: no Content-Security-Policy <meta>, so inlined styles could not be allowed`);
  const links = root.querySelectorAll('link[rel="stylesheet"]').filter((link) => {
    const href = link.getAttribute('href') ?? '';
    return href.startsWith(base) && !href.startsWith('//'); // else not one of ours
  });
  if (!links.length) return html;
  let texts = links.map((link) => readCss(link.getAttribute('href')!.slice(base.length)));
  let embedded = '';
  if (fonts) {
    const result = await embedFonts(
      root,
      texts,
      file,
      (url) => {
        if (!url.startsWith(base)) throw new Error(`${url} is not one of the site's files (${base}…)`);
        return fonts.read(url.slice(base.length));
      },
      fonts.subset,
    );
    texts = result.css;
    embedded = result.fonts;
    fonts.report?.(result.report);
  }
  const hashes: string[] = [];
  const style = (text: string, href: string, attributes = '') => {
    // Without the file's last line break: it means nothing in CSS, and the W3C checker hashes
    // a <style> without it, so that it would report the page's true hash as wrong.
    const css = text.trimEnd();
    // "</style" inside the CSS would end the element early; Vite's minified CSS never has it.
    if (/<\/style/i.test(css)) throw new Error(`${file}: ${href} contains "</style", so it cannot be inlined`);
    hashes.push(`'${sha256(css)}'`);
    return `<style${attributes}>${css}</style>`;
  };
  // The embedded fonts go in a <style> of their own, after the stylesheets: the CSS budget
  // (tests/e2e/built-files.spec.ts) counts them apart, as it counts font files apart.
  const fontStyle = embedded ? style(embedded, 'the embedded fonts', ' data-embedded-fonts') : '';
  links.forEach((link, i) => {
    const media = link.getAttribute('media');
    const own = style(texts[i]!, link.getAttribute('href')!, media ? ` media="${escapeAttribute(media)}"` : '');
    link.replaceWith(i === links.length - 1 ? own + fontStyle : own);
  });
  let policy = addSources(meta.getAttribute('content') ?? '', 'style-src', [...new Set(hashes)]);
  if (!policy) throw new Error(`${file}: its Content-Security-Policy has no style-src for the inlined styles' hashes`);
  if (embedded) {
    // The embedded fonts are data: URLs; nothing else on the page may load a font from one,
    // since nothing else carries one, and every other page keeps font-src 'self'.
    policy = addSources(policy, 'font-src', ['data:']);
    if (!policy) throw new Error(`${file}: its Content-Security-Policy has no font-src to allow the embedded fonts`);
  }
  setAttribute(meta, 'content', policy);
  return serialiseHtml(root);
}

/** What the step needs to embed the fonts a page's formulas use (src/integration/embed-fonts.ts). */
export interface FontOptions {
  /** A font file's bytes, by its path under the base ("_astro/x.woff2"). */
  read: (path: string) => Buffer;
  subset: Subsetter;
  report?: (faces: EmbeddedFonts['report']) => void;
}

export async function runInlineStyles(ctx: BuildContext, pages = inlineStylePages): Promise<void> {
  const done: string[] = [];
  for (const page of pages) {
    const file = `${page}index.html`;
    if (!ctx.pages.includes(file)) continue; // a fixture site without a cheat sheet
    const path = join(ctx.outDir, file);
    const html = readFileSync(path, 'utf8');
    const read = (p: string) => readFileSync(join(ctx.outDir, p));
    const inlined = await inlineStylesheets(html, file, ctx.base, (p) => read(p).toString('utf8'), {
      read,
      subset: subsetWoff2,
      report: (faces) => {
        const bytes = faces.reduce((a, f) => a + f.bytes, 0);
        ctx.logger.info(`${file}: ${faces.length} KaTeX fonts embedded, ${(bytes / 1024).toFixed(1)} KB`);
      },
    });
    if (inlined === html) continue;
    writeFileSync(path, inlined);
    done.push(`${ctx.base}${page}`);
  }
  ctx.logger.info(`Stylesheets written into ${done.length ? done.join(', ') : 'no page'}`);
}
