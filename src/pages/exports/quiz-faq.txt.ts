// FAQ quiz in GIFT: a question of the FAQ, four answers.
import type { APIRoute } from 'astro';
import { giftFile } from '../../lib/exporters/gift';
import { faqQuiz } from '../../lib/exporters/quizzes';
import { quizFaq } from '../../lib/exporters/site-exports';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async ({ site }) => {
  const questions = faqQuiz(quizFaq(await getSiteData(), site!));
  const text = giftFile(
    'Atlas ML/FAQ',
    questions,
    'Atlas ML : quiz de la FAQ des pièges courants.\nFormat GIFT, à importer dans la banque de questions de Moodle.',
  );
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
