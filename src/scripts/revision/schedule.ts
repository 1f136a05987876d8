/**
 * Spaced repetition with FSRS, through ts-fsrs (no scheduler of our own): the
 * default parameters, learning steps of 1 and 10 minutes as in Anki, no fuzz so
 * that a grade always gives the same interval.
 */
import { createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import type { StoredCard, StoredReview } from './store';

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: true });

export function toCard(stored: StoredCard | undefined, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  return {
    ...stored,
    due: new Date(stored.due),
    last_review: stored.last_review ? new Date(stored.last_review) : undefined,
  } as Card;
}

export function fromCard(card: Card): StoredCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review && { last_review: card.last_review.toISOString() }),
  };
}

/** The card after a grade (1 À revoir … 4 Facile), and the review to log. */
export function grade(
  id: string,
  stored: StoredCard | undefined,
  rating: 1 | 2 | 3 | 4,
  now: Date,
): { card: StoredCard; review: StoredReview } {
  const before = toCard(stored, now);
  const { card } = scheduler.next(before, now, rating as Grade);
  return { card: fromCard(card), review: { card: id, rating, state: before.state, review: now.toISOString() } };
}

/** When each grade would bring the card back, as Anki shows it above its buttons. */
export function preview(stored: StoredCard | undefined, now: Date): string[] {
  return ([1, 2, 3, 4] as const).map((r) => interval(Date.parse(grade('', stored, r, now).card.due) - now.getTime()));
}

/** "1 min", "10 min", "3 h", "4 j", "2 mois", "1,5 an". */
export function interval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} j`;
  const months = days / 30.4;
  if (months < 12) return `${Math.round(months)} mois`;
  return `${(days / 365).toFixed(1).replace('.', ',').replace(/,0$/, '')} an${days >= 730 ? 's' : ''}`;
}
