/**
 * The attention and Q-learning page's text against the model: « Ce que vous voyez » at
 * the defaults and each « Essayez » link's promise.
 */
import { describe, expect, it } from 'vitest';
import { defaultK, defaultQ, lesson, spec } from '../../src/islands/attention-q-learning/lesson';
import {
  attention,
  entropy,
  greedyPath,
  maxQ,
  newAgent,
  qStep,
  transition,
  world,
  type Action,
  type Vec,
} from '../../src/islands/attention-q-learning/model';
import { defaults, experimentState, type Point, type StateOf } from '../../src/islands/shared/state';

type State = StateOf<typeof spec>;
const vecs = (pts: Point[] | null, fallback: Point[]): Vec[] => (pts ?? fallback).map((p) => [p.x, p.y]);
const weights = (s: State) => attention(vecs(s.qv, defaultQ), vecs(s.kv, defaultK), s.scale === 'oui').weights;
/** The agent after `steps` steps, as the demo runs it. */
function learn(s: State, steps: number) {
  const agent = newAgent(s.seed);
  for (let i = 0; i < steps; i++) qStep(agent, s.alpha, s.gamma, s.eps);
  return agent;
}
const experiment = (id: string) => {
  const e = lesson.find((x) => x.id === id)!;
  return { state: experimentState(spec, e), steps: e.steps ?? 0 };
};

describe('attention and Q-learning: the defaults do what « Ce que vous voyez » says', () => {
  const state = defaults(spec);

  it('three queries, four keys, scaled by √2: each query’s favourite key gets 60 % to 81 % of the weight', () => {
    const w = weights(state);
    expect(w).toHaveLength(3);
    expect(w[0]).toHaveLength(4);
    const top = w.map((row) => Math.max(...row));
    expect(Math.min(...top)).toBeCloseTo(0.6, 2);
    expect(Math.max(...top)).toBeCloseTo(0.81, 2);
  });

  it('α = 0,5, γ = 0,9, ε = 0,2: in 500 steps (65 episodes) the start’s best move is worth γ⁴ ≈ 0,656, the greedy path reaches the goal in five moves', () => {
    expect(state).toMatchObject({ alpha: 0.5, gamma: 0.9, eps: 0.2, seed: 1 });
    const agent = learn(state, 500);
    expect(agent.episode).toBe(65);
    expect(maxQ(agent.Q, world.start)).toBeCloseTo(0.9 ** 4, 3);
    const path = greedyPath(agent.Q);
    expect(path[0]).toBe(world.start);
    expect(path.at(-1)).toBe(3);
    expect(world.terminals[3]).toBe(1);
    expect(path).toHaveLength(6);
  });
});

describe('attention and Q-learning: each « Essayez » link keeps its promise', () => {
  it('without the √d_k scaling, every query puts more weight on its favourite key (lower entropy)', () => {
    const scaled = weights(defaults(spec));
    const raw = weights(experiment('sans-echelle').state);
    raw.forEach((row, i) => {
      expect(Math.max(...row)).toBeGreaterThan(Math.max(...scaled[i]!));
      expect(entropy(row)).toBeLessThan(entropy(scaled[i]!));
    });
  });

  it('γ = 0, 3 000 steps: only the cells next to the goal or the trap have learnt anything', () => {
    const { state, steps } = experiment('gamma-zero');
    const agent = learn(state, steps);
    const terminals = Object.keys(world.terminals).map(Number);
    const nextToEnd = (s: number) => ([0, 1, 2, 3] as Action[]).some((a) => terminals.includes(transition(s, a).next));
    const learnt = agent.Q.flatMap((row, s) => (row.some((v) => v !== 0) ? [s] : []));
    expect(learnt.length).toBeGreaterThan(0);
    for (const s of learnt) expect(nextToEnd(s)).toBe(true);
    expect(maxQ(agent.Q, world.start)).toBe(0);
  });

  it('γ = 0,5, 2 000 steps: the start’s best move is worth 0,5⁴ ≈ 0,06', () => {
    const { state, steps } = experiment('gamma-demi');
    expect(maxQ(learn(state, steps).Q, world.start)).toBeCloseTo(0.5 ** 4, 3);
  });
});
