/** French formatting of the numbers the collections hold. */
import type { Hours } from '../schemas/common';

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

export const formatNumber = (n: number) => number.format(n);

/** 22.5 → "22 h 30" ; 24 → "24 h". */
export function formatHourValue(h: number): string {
  const whole = Math.floor(h);
  const minutes = Math.round((h - whole) * 60);
  return minutes ? `${whole} h ${String(minutes).padStart(2, '0')}` : `${whole} h`;
}

const hourParts: [keyof Hours, string][] = [
  ['cm', 'CM'],
  ['td', 'TD'],
  ['tp', 'TP'],
  ['accompagnement', 'accompagnement'],
];

/** "50 h (7 h 30 CM, 7 h 30 TD, 35 h TP)", or undefined when no hour is known. */
export function formatHours(hours: Hours | undefined): string | undefined {
  if (!hours) return undefined;
  const parts = hourParts
    .filter(([k]) => hours[k] !== undefined)
    .map(([k, label]) => `${formatHourValue(hours[k]!)} ${label}`);
  const total = hours.total ?? (parts.length ? undefined : undefined);
  if (total !== undefined)
    return parts.length ? `${formatHourValue(total)} (${parts.join(', ')})` : formatHourValue(total);
  return parts.length ? parts.join(', ') : undefined;
}

/** Total hours: the stated total, else the sum of the parts. */
export function totalHours(hours: Hours | undefined): number | undefined {
  if (!hours) return undefined;
  if (hours.total !== undefined) return hours.total;
  const parts = hourParts.map(([k]) => hours[k]).filter((v): v is number => v !== undefined);
  return parts.length ? parts.reduce((a, b) => a + b, 0) : undefined;
}

export const formatEcts = (ects: number) => `${number.format(ects)} ECTS`;

const languageNames = { fr: 'français', en: 'anglais' } as const;
export const formatLanguages = (langs: readonly ('fr' | 'en')[]) => langs.map((l) => languageNames[l]).join(' – ');

export const formatEuros = (amount: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
