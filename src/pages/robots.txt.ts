/**
 * robots.txt, generated so that its Sitemap line carries the site's own origin
 * and base path (SITE, BASE), which a static file in public/ could not know.
 */
import type { APIRoute } from 'astro';
import { url } from '../lib/urls';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(url('sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
