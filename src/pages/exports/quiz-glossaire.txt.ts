// Glossary quiz in GIFT (Banque de questions > Importer > GIFT).
import type { APIRoute } from 'astro';
import { giftFile } from '../../lib/exporters/gift';
import { glossaryQuiz } from '../../lib/exporters/quizzes';
import { quizTerms } from '../../lib/exporters/site-exports';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async ({ site }) => {
  const questions = glossaryQuiz(quizTerms(await getSiteData(), site!));
  const text = giftFile(
    'Atlas ML/Glossaire',
    questions,
    'Atlas ML : quiz du glossaire (un terme, quatre définitions).\nFormat GIFT, à importer dans la banque de questions de Moodle.',
  );
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
