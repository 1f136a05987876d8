// Every page as a URL activity, one course section per group (Moodle: Restauration).
import type { APIRoute } from 'astro';
import { commonCartridge } from '../../lib/exporters/common-cartridge';
import { pageSections } from '../../lib/page-index';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async ({ site }) => {
  const sections = pageSections(await getSiteData()).map((s) => ({
    title: s.title,
    links: s.pages.map((p) => ({ title: p.title, url: new URL(p.path, site).href })),
  }));
  const zip = commonCartridge('Atlas ML', sections);
  return new Response(new Uint8Array(zip), { headers: { 'Content-Type': 'application/zip' } });
};
