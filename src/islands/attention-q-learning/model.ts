/**
 * Two small models (formulas "attention" and "q-learning"):
 * - scaled dot-product attention weights softmax(QKᵀ/√d_k), row by row, in plain JS
 *   (stable softmax) and with TF.js;
 * - tabular Q-learning on a gridworld: ε-greedy moves and the update
 *   Q(s, a) ← Q(s, a) + α[r + γ maxₐ' Q(s', a') − Q(s, a)], exactly as written.
 * Pure: no DOM.
 */
import type * as TF from '@tensorflow/tfjs-core';
import { fr } from '../shared/plot';
import { random } from '../shared/state';

// ---- Attention ----

export type Vec = [number, number];

/** Softmax of one row, shifted by its maximum so that large scores never overflow. */
export function softmax(row: number[]): number[] {
  const max = Math.max(...row);
  const e = row.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Scores QKᵀ (divided by √d_k when `scaled`) and the attention weights, softmax row by row. */
export function attention(Q: Vec[], K: Vec[], scaled: boolean): { scores: number[][]; weights: number[][] } {
  const dk = Q[0]?.length ?? 2;
  const factor = scaled ? Math.sqrt(dk) : 1;
  const scores = Q.map((q) => K.map((k) => q.reduce((s, v, i) => s + v * k[i]!, 0) / factor));
  return { scores, weights: scores.map(softmax) };
}

/** The same weights with TF.js: softmax(matMul(Q, K, transposeB) / √d_k). */
export function attentionTF(tf: typeof TF, Q: Vec[], K: Vec[], scaled: boolean): number[][] {
  return tf.tidy(() => {
    const q = tf.tensor2d(Q);
    const k = tf.tensor2d(K);
    const scores = tf.matMul(q, k, false, true);
    const w = tf.softmax(scaled ? tf.div(scores, Math.sqrt(Q[0]!.length)) : scores);
    return w.arraySync() as number[][];
  });
}

/** Entropy of a row of weights, in bits: 0 when one key takes everything, log₂(n) when attention is uniform. */
export const entropy = (row: number[]): number => -row.reduce((s, p) => (p > 0 ? s + p * Math.log2(p) : s), 0);

// ---- Q-learning ----

export const actions = ['haut', 'droite', 'bas', 'gauche'] as const;
export type Action = 0 | 1 | 2 | 3;
const moves: Record<Action, [number, number]> = { 0: [-1, 0], 1: [0, 1], 2: [1, 0], 3: [0, -1] };

/**
 * The gridworld: 3 rows × 4 columns, a wall, a goal (+1) and a trap (−1), both
 * terminal; every other move gives 0. Moves are deterministic; a move into the wall
 * or off the grid leaves the agent in place.
 */
export const world = {
  rows: 3,
  cols: 4,
  start: 8,
  wall: 5,
  terminals: { 3: 1, 7: -1 } as Record<number, number>,
};
export const nStates = world.rows * world.cols;
export const isTerminal = (s: number): boolean => s in world.terminals;

/** Where action a leads from state s, and the reward received. */
export function transition(s: number, a: Action): { next: number; reward: number } {
  const [dr, dc] = moves[a];
  const r = Math.floor(s / world.cols) + dr;
  const c = (s % world.cols) + dc;
  let next = s;
  if (r >= 0 && r < world.rows && c >= 0 && c < world.cols && r * world.cols + c !== world.wall)
    next = r * world.cols + c;
  return { next, reward: world.terminals[next] ?? 0 };
}

/** A fresh table: Q(s, a) = 0 everywhere (terminal states keep 0: nothing follows them). */
export const emptyQ = (): number[][] => Array.from({ length: nStates }, () => [0, 0, 0, 0]);

/** maxₐ Q(s, a). */
export const maxQ = (Q: number[][], s: number): number => Math.max(...Q[s]!);

/**
 * The seed's update, term for term: Q(s, a) + α[r + γ maxₐ' Q(s', a') − Q(s, a)].
 * A terminal s' contributes maxₐ' Q(s', a') = 0 (its values are never updated).
 */
export function qUpdate(q: number, alpha: number, reward: number, gamma: number, maxNext: number): number {
  return q + alpha * (reward + gamma * maxNext - q);
}

export interface Agent {
  Q: number[][];
  /** Current state. */
  s: number;
  episode: number;
  /** Steps in the current episode. */
  t: number;
  /** Returns of the finished episodes (+1 goal, −1 trap), most recent last. */
  outcomes: number[];
  rng: () => number;
}

export interface QStep {
  s: number;
  a: Action;
  r: number;
  next: number;
  before: number;
  maxNext: number;
  after: number;
  explored: boolean;
}

export const newAgent = (seed: number): Agent => ({
  Q: emptyQ(),
  s: world.start,
  episode: 1,
  t: 0,
  outcomes: [],
  rng: random(seed),
});

/** ε-greedy: a random action with probability ε, else the best one (ties broken at random, reproducibly). */
export function chooseAction(agent: Agent, epsilon: number): { a: Action; explored: boolean } {
  if (agent.rng() < epsilon) return { a: Math.floor(agent.rng() * 4) as Action, explored: true };
  const row = agent.Q[agent.s]!;
  const best = Math.max(...row);
  const ties = row.flatMap((v, i) => (v === best ? [i] : []));
  return { a: ties[Math.floor(agent.rng() * ties.length)]! as Action, explored: false };
}

/**
 * One step of Q-learning: choose a, move, receive r, update Q(s, a) by the formula.
 * Reaching a terminal state ends the episode (the agent goes back to the start at the
 * next step); an episode longer than `maxT` moves is cut short the same way.
 */
export function qStep(agent: Agent, alpha: number, gamma: number, epsilon: number, maxT = 100): QStep {
  if (isTerminal(agent.s) || agent.t >= maxT) {
    agent.s = world.start;
    agent.t = 0;
    agent.episode++;
  }
  const { a, explored } = chooseAction(agent, epsilon);
  const s = agent.s;
  const { next, reward } = transition(s, a);
  const before = agent.Q[s]![a]!;
  const maxNext = isTerminal(next) ? 0 : maxQ(agent.Q, next);
  const after = qUpdate(before, alpha, reward, gamma, maxNext);
  agent.Q[s]![a] = after;
  agent.s = next;
  agent.t++;
  if (isTerminal(next)) agent.outcomes.push(reward);
  return { s, a, r: reward, next, before, maxNext, after, explored };
}

/** The greedy path from the start (at most 20 moves): where the learnt policy leads. */
export function greedyPath(Q: number[][]): number[] {
  const path = [world.start];
  let s = world.start;
  for (let i = 0; i < 20 && !isTerminal(s); i++) {
    const row = Q[s]!;
    const a = row.indexOf(Math.max(...row)) as Action;
    s = transition(s, a).next;
    path.push(s);
  }
  return path;
}

/**
 * The line under the weights table: Q1's scores and the entropy of its weights. Also written
 * into the page at build time for the default vectors, so that nothing moves when the demo starts.
 */
export function scoresSentence(scores: number[][], weights: number[][], scaled: boolean): string {
  return (
    `Scores de Q1 ${scaled ? '(q·k/√2)' : '(q·k, sans division)'} : ${scores[0]!.map((s) => fr(s, 2)).join(' ; ')}. ` +
    `Entropie des poids de Q1 : ${fr(entropy(weights[0]!), 2)} bit (0 : une seule clé ; 2 : attention uniforme sur les 4 clés).`
  );
}
