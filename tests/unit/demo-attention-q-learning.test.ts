import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attention,
  attentionTF,
  emptyQ,
  greedyPath,
  newAgent,
  qStep,
  qUpdate,
  softmax,
  transition,
  world,
  type Vec,
} from '../../src/islands/attention-q-learning/model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('attention', () => {
  const Q: Vec[] = [
    [1, 0],
    [0, 2],
    [-1.5, 1],
  ];
  const K: Vec[] = [
    [1, 1],
    [2, -1],
    [0, -2],
    [-1, 0.5],
  ];

  it('gives softmax(QKᵀ/√d_k) rows that sum to 1, equal to the closed form and to TF.js', () => {
    const { scores, weights } = attention(Q, K, true);
    expect(scores[1]![0]).toBeCloseTo((0 * 1 + 2 * 1) / Math.sqrt(2), 12);
    const row = scores[1]!.map(Math.exp);
    const sum = row.reduce((a, b) => a + b);
    weights[1]!.forEach((w, j) => expect(w).toBeCloseTo(row[j]! / sum, 12));
    for (const r of weights) expect(r.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    const viaTf = attentionTF(tf, Q, K, true);
    viaTf.forEach((r, i) => r.forEach((w, j) => expect(w).toBeCloseTo(weights[i]![j]!, 5)));
  });

  it('dividing by √d_k flattens the weights (scores closer together)', () => {
    const scaled = attention(Q, K, true).weights;
    const raw = attention(Q, K, false).weights;
    expect(Math.max(...scaled[1]!)).toBeLessThan(Math.max(...raw[1]!));
  });

  it('stays finite for scores of 1000 (stable softmax)', () => {
    const w = softmax([1000, 999, -1000]);
    expect(w.every(Number.isFinite)).toBe(true);
    expect(w.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    expect(w[0]! / w[1]!).toBeCloseTo(Math.E, 9);
  });

  it('leaves no tensor behind', () => {
    const before = tf.memory().numTensors;
    attentionTF(tf, Q, K, false);
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('Q-learning', () => {
  it('computes one update exactly as the formula', () => {
    // Q = 0.5, α = 0.5, r = 0, γ = 0.75, max Q(s′, ·) = 1: 0.5 + 0.5·(0 + 0.75 − 0.5) = 0.625 (exact in binary).
    expect(qUpdate(0.5, 0.5, 0, 0.75, 1)).toBe(0.625);
    expect(qUpdate(0, 1, 1, 0.9, 0)).toBe(1);
    expect(qUpdate(0.25, 0, 1, 0.5, 1)).toBe(0.25);
  });

  it('a step of the agent changes exactly Q(s, a), by the formula, with the values it read', () => {
    const agent = newAgent(3);
    // Make the table non-trivial first.
    for (let i = 0; i < 300; i++) qStep(agent, 0.5, 0.9, 0.3);
    for (let i = 0; i < 200; i++) {
      const before = agent.Q.map((r) => r.slice());
      const st = qStep(agent, 0.5, 0.9, 0.3);
      const { next, reward } = transition(st.s, st.a);
      expect(st.next).toBe(next);
      expect(st.r).toBe(reward);
      const maxNext = next in world.terminals ? 0 : Math.max(...before[next]!);
      expect(st.maxNext).toBe(maxNext);
      expect(agent.Q[st.s]![st.a]).toBe(before[st.s]![st.a]! + 0.5 * (reward + 0.9 * maxNext - before[st.s]![st.a]!));
      agent.Q.forEach((r, s) => r.forEach((v, a) => (s === st.s && a === st.a) || expect(v).toBe(before[s]![a]!)));
    }
  });

  it('moves deterministically; walls and edges keep the agent in place', () => {
    expect(transition(8, 0)).toEqual({ next: 4, reward: 0 });
    expect(transition(4, 1)).toEqual({ next: 4, reward: 0 }); // the wall at 5
    expect(transition(8, 3)).toEqual({ next: 8, reward: 0 });
    expect(transition(2, 1)).toEqual({ next: 3, reward: 1 });
    expect(transition(6, 1)).toEqual({ next: 7, reward: -1 });
  });

  it('is reproducible from the seed', () => {
    const run = (seed: number) => {
      const a = newAgent(seed);
      for (let i = 0; i < 500; i++) qStep(a, 0.5, 0.9, 0.2);
      return a.Q;
    };
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('converges to Q* = γ^(d−1) along the shortest path, and its greedy path reaches the goal', () => {
    const agent = newAgent(1);
    for (let i = 0; i < 20_000; i++) qStep(agent, 0.5, 0.9, 0.3);
    // From the start (row 2, col 0): up, up, right, right, right: five moves, reward at the fifth.
    expect(Math.max(...agent.Q[world.start]!)).toBeCloseTo(0.9 ** 4, 6);
    expect(greedyPath(agent.Q).at(-1)).toBe(3);
    expect(greedyPath(emptyQ()).length).toBeGreaterThan(1);
  });
});
