// Formula quiz in GIFT: the TeX is shown, the student picks the formula's name.
import type { APIRoute } from 'astro';
import { giftFile } from '../../lib/exporters/gift';
import { formulaQuiz } from '../../lib/exporters/quizzes';
import { quizFormulas } from '../../lib/exporters/site-exports';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async ({ site }) => {
  const questions = formulaQuiz(quizFormulas(await getSiteData(), site!));
  const text = giftFile(
    'Atlas ML/Formules',
    questions,
    'Atlas ML : quiz « quelle est cette formule ? ».\nFormat GIFT ; les formules s’affichent avec le filtre MathJax de Moodle.',
  );
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
