// Every page's title and absolute URL, by section.
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/exporters/csv';
import { pageSections } from '../../lib/page-index';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async ({ site }) => {
  const rows = pageSections(await getSiteData()).flatMap((s) =>
    s.pages.map((p) => [p.title, new URL(p.path, site).href, s.title]),
  );
  return new Response(toCsv(['Titre', 'URL', 'Rubrique'], rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
