// The glossary as a Moodle glossary (Glossaire > Importer des articles).
import type { APIRoute } from 'astro';
import { moodleGlossaryXml } from '../../lib/exporters/moodle-glossary';
import { glossaryEntries } from '../../lib/exporters/site-exports';
import { getSiteData } from '../../lib/site-data';
import { urls } from '../../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const home = new URL(urls.glossary(), site).href;
  const xml = moodleGlossaryXml(
    {
      name: 'Glossaire du machine learning (Atlas ML)',
      intro: `<p>Termes du machine learning et leurs définitions, repris du glossaire d’Atlas ML : <a href="${home}">${home}</a>.</p>`,
    },
    glossaryEntries(data, site!),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
