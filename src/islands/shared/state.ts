/**
 * The whole state of a demo as a URL hash ("#lr=0.1&seed=7&pts=0.1,0.2;0.3,0.4"),
 * so that a teacher can share an exercise as a link. Pure (no DOM): parsing never
 * throws; every field is clamped to its range, and a missing or unreadable field
 * takes its default. `notes` says what was corrected, in French, for the reader.
 * The one place that reads and writes demo states: the runtime, the "Essayez" links
 * of the demo pages (`experimentHash`) and the tests all go through it.
 */

export interface NumberField {
  kind: 'number';
  min: number;
  max: number;
  default: number;
  /** Round to an integer (seeds, counts). */
  integer?: boolean;
  /** Decimals kept in the URL (default 4): short links, same state. */
  digits?: number;
}
export interface EnumField<T extends string = string> {
  kind: 'enum';
  values: readonly T[];
  default: T;
}
/** A list of 2-D points, each coordinate clamped to [min, max]; at most `maxCount` kept. */
export interface PointsField {
  kind: 'points';
  min: number;
  max: number;
  maxCount: number;
  /** Used when the URL has no points (the demo then draws its own from the seed). */
  default: Point[] | null;
  digits?: number;
}
export interface Point {
  x: number;
  y: number;
}
export type Field = NumberField | EnumField | PointsField;
export type StateSpec = Record<string, Field>;

type ValueOf<F> = F extends NumberField
  ? number
  : F extends EnumField<infer T>
    ? T
    : F extends PointsField
      ? Point[] | null
      : never;
export type StateOf<S extends StateSpec> = { [K in keyof S]: ValueOf<S[K]> };

export const num = (
  min: number,
  max: number,
  def: number,
  options: { integer?: boolean; digits?: number } = {},
): NumberField => ({
  kind: 'number',
  min,
  max,
  default: def,
  ...options,
});
/** A random seed: an integer from 1, because TF.js treats a seed of 0 as "no seed". */
/** The largest seed a reader can type (the smallest is 1: TF.js treats 0 as unseeded). */
export const maxSeed = 999_999;
/** The seed after `current`, for "Nouveau tirage": 1 after the largest. */
export const nextSeed = (current: number): number => (current % maxSeed) + 1;
/** What a reader typed in a seed field, as a seed: rounded and clamped to [1, maxSeed], 1 when unreadable. */
export function seedFrom(text: string): number {
  const v = Math.round(Number(text));
  return Number.isFinite(v) ? Math.min(maxSeed, Math.max(1, v)) : 1;
}
export const seed = (def = 1): NumberField => num(1, maxSeed, Math.max(1, def), { integer: true });
export const choice = <T extends string>(values: readonly T[], def: T): EnumField<T> => ({
  kind: 'enum',
  values,
  default: def,
});
export const points = (min: number, max: number, maxCount: number, digits = 3): PointsField => ({
  kind: 'points',
  min,
  max,
  maxCount,
  default: null,
  digits,
});

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** Clamps one number to its field; NaN and non-numbers give the default. */
export function clampNumber(field: NumberField, value: unknown): number {
  const v = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(v)) return field.default;
  const c = clamp(field.integer ? Math.round(v) : v, field.min, field.max);
  return field.integer ? c : round(c, field.digits ?? 4);
}

function parsePoints(field: PointsField, text: string): Point[] {
  const out: Point[] = [];
  for (const pair of text.split(';')) {
    if (out.length >= field.maxCount) break;
    const [xs, ys, ...rest] = pair.split(',');
    const x = Number(xs);
    const y = Number(ys);
    if (
      rest.length ||
      xs === undefined ||
      ys === undefined ||
      xs.trim() === '' ||
      ys.trim() === '' ||
      !Number.isFinite(x) ||
      !Number.isFinite(y)
    )
      continue;
    const d = field.digits ?? 3;
    out.push({ x: round(clamp(x, field.min, field.max), d), y: round(clamp(y, field.min, field.max), d) });
  }
  return out;
}

export function defaults<S extends StateSpec>(spec: S): StateOf<S> {
  return Object.fromEntries(Object.entries(spec).map(([k, f]) => [k, f.default])) as StateOf<S>;
}

/**
 * Reads a hash ("#a=1&b=2", with or without "#"). Unknown keys are ignored;
 * `notes` lists the fields whose value had to be corrected.
 */
export function parseState<S extends StateSpec>(spec: S, hash: string): { state: StateOf<S>; notes: string[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = defaults(spec) as Record<string, unknown>;
  const notes: string[] = [];
  for (const [key, field] of Object.entries(spec)) {
    const raw = params.get(key);
    if (raw === null) continue;
    if (field.kind === 'number') {
      const v = clampNumber(field, raw);
      state[key] = v;
      if (String(v) !== raw.trim() && Number(raw) !== v) notes.push(`${key} : « ${raw} » ramené à ${v}`);
    } else if (field.kind === 'enum') {
      if ((field.values as readonly string[]).includes(raw)) state[key] = raw;
      else notes.push(`${key} : « ${raw} » inconnu, ${field.default} utilisé`);
    } else {
      const pts = parsePoints(field, raw);
      state[key] = pts;
      const given = raw.split(';').filter((p) => p.trim() !== '').length;
      if (pts.length !== given) notes.push(`${key} : ${given - pts.length} point(s) illisible(s) ou en trop ignoré(s)`);
    }
  }
  return { state: state as StateOf<S>, notes };
}

/** Writes the state as a hash without "#"; fields at their default are left out, for short links. */
export function serializeState<S extends StateSpec>(spec: S, state: StateOf<S>): string {
  const parts: string[] = [];
  for (const [key, field] of Object.entries(spec)) {
    const value = (state as Record<string, unknown>)[key];
    if (field.kind === 'number') {
      const v = clampNumber(field, value);
      if (v !== field.default) parts.push(`${key}=${v}`);
    } else if (field.kind === 'enum') {
      if (value !== field.default) parts.push(`${key}=${value}`);
    } else if (Array.isArray(value)) {
      const d = field.digits ?? 3;
      parts.push(`${key}=${(value as Point[]).map((p) => `${round(p.x, d)},${round(p.y, d)}`).join(';')}`);
    }
  }
  return parts.join('&');
}

/** Seeded uniform numbers in [0, 1) (mulberry32): the same seed always gives the same points. */
export function random(seedValue: number): () => number {
  let a = Math.max(1, Math.floor(seedValue)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal numbers from a uniform source (Box–Muller). */
export function gaussian(uniform: () => number): () => number {
  return () => {
    const u = Math.max(uniform(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
  };
}

/**
 * Names a demo's state may not use: the site's own URL parameters (`?section=`, `?theme=`,
 * `?embed=1`, Moodle's `#sec?x=y`) and the two fields the runtime adds (`k` the steps, `be`
 * the backend). The state lives in the hash, so it cannot clash with the query; keeping the
 * names apart anyway means a state can move to the query one day without a clash.
 */
export const reservedKeys = ['section', 'theme', 'embed', 'k', 'be'] as const;

/**
 * An "Essayez" experiment: a link that puts the demo in a given state in one click.
 * `state` lists what differs from the defaults (the rest is reset to the defaults);
 * `steps` replays that many steps, so the link can show a result rather than a start.
 * Its claim is tested against the model at that state (tests/unit/demo-<id>-lesson.test.ts).
 */
export interface Experiment<S extends StateSpec = StateSpec> {
  /** Stable id (tests find the experiment by it). */
  id: string;
  /** The link text, in French, saying what to expect: "α = 0,21 : SGD diverge". */
  label: string;
  state: Partial<StateOf<S>>;
  steps?: number;
}

/** Types a demo's experiments against its spec (a misspelt field does not compile). */
export const experiments = <S extends StateSpec>(_spec: S, list: Experiment<S>[]): Experiment<S>[] => list;

/** The state an experiment puts the demo in: the defaults, then the experiment's fields, each clamped. */
export function experimentState<S extends StateSpec>(spec: S, experiment: Experiment<S>): StateOf<S> {
  // Through the URL and back: exactly what the demo will read when the link is followed.
  return parseState(spec, experimentHash(spec, experiment)).state;
}

/** The hash (without "#") of an experiment's link: its state, and `k` when it replays steps. */
export function experimentHash<S extends StateSpec>(spec: S, experiment: Experiment<S>): string {
  const state = serializeState(spec, { ...defaults(spec), ...experiment.state } as StateOf<S>);
  const steps = experiment.steps ? `k=${Math.max(0, Math.round(experiment.steps))}` : '';
  return [state, steps].filter(Boolean).join('&');
}

/**
 * What is wrong with a demo's spec and experiments, in English for the developer (the
 * build and a unit test report it): reserved names, values the URL would correct,
 * experiments that change nothing, duplicate ids, fewer than 2 or more than 3.
 */
export function experimentProblems<S extends StateSpec>(spec: S, list: Experiment<S>[]): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(spec))
    if ((reservedKeys as readonly string[]).includes(key)) problems.push(`state field "${key}" is a reserved URL name`);
  if (list.length < 2 || list.length > 3) problems.push(`${list.length} experiments (2 or 3 wanted)`);
  const seen = new Set<string>();
  for (const e of list) {
    if (seen.has(e.id)) problems.push(`experiment id "${e.id}" used twice`);
    seen.add(e.id);
    if (!experimentHash(spec, e))
      problems.push(`experiment "${e.id}" is the default state: its link would change nothing`);
    const read = experimentState(spec, e) as Record<string, unknown>;
    for (const [key, value] of Object.entries(e.state))
      if (!(key in spec)) problems.push(`experiment "${e.id}": unknown state field "${key}"`);
      else if (JSON.stringify(read[key]) !== JSON.stringify(value))
        problems.push(
          `experiment "${e.id}": ${key} = ${JSON.stringify(value)} is read back as ${JSON.stringify(read[key])}`,
        );
  }
  return problems;
}
