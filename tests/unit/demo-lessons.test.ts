/**
 * The "Essayez" framework: every island's experiments are well-formed links, and a bad
 * one fails the build with a message naming the file and each problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonFor, type LessonModule } from '../../src/lib/demo-islands';
import {
  choice,
  experimentHash,
  experimentProblems,
  experiments,
  experimentState,
  num,
  parseState,
  reservedKeys,
} from '../../src/islands/shared/state';

const spec = { lr: num(0.01, 1, 0.1, { digits: 2 }), mode: choice(['a', 'b'] as const, 'a') };

describe('experiment links', () => {
  it('write only what differs from the defaults, plus the steps to replay', () => {
    expect(experimentHash(spec, { id: 'x', label: 'x', state: { lr: 0.5 }, steps: 30 })).toBe('lr=0.5&k=30');
    expect(experimentHash(spec, { id: 'x', label: 'x', state: { mode: 'b', lr: 0.1 } })).toBe('mode=b');
  });

  it('read back as the full state the demo will have (the rest at its defaults)', () => {
    expect(experimentState(spec, { id: 'x', label: 'x', state: { mode: 'b' } })).toEqual({ lr: 0.1, mode: 'b' });
    expect(parseState(spec, experimentHash(spec, { id: 'x', label: 'x', state: { lr: 0.25 } })).state.lr).toBe(0.25);
  });

  it('list every problem: reserved names, values the URL would correct, no-op links, duplicates, count', () => {
    const bad = { ...spec, embed: num(0, 1, 0) };
    const problems = experimentProblems(bad, [
      { id: 'a', label: 'a', state: { lr: 5 } },
      { id: 'a', label: 'b', state: {} },
      { id: 'c', label: 'c', state: { mode: 'b' } },
      { id: 'd', label: 'd', state: { mode: 'b' } },
    ]);
    expect(problems).toContain('state field "embed" is a reserved URL name');
    expect(problems).toContain('4 experiments (2 or 3 wanted)');
    expect(problems).toContain('experiment id "a" used twice');
    expect(problems).toContain('experiment "a" is the default state: its link would change nothing');
    expect(problems).toContain('experiment "a": lr = 5 is read back as 1');
    expect(problems).toHaveLength(5);
  });

  it('a malformed lesson fails the build, naming its file and every problem', () => {
    const module: LessonModule = {
      spec,
      lesson: experiments(spec, [{ id: 'same', label: 'x', state: {} }]),
    };
    expect(() => lessonFor({ '../../islands/demo-x/lesson.ts': module }, 'demo-x')).toThrow(
      'src/islands/demo-x/lesson.ts: 1 experiments (2 or 3 wanted); experiment "same" is the default state: its link would change nothing',
    );
    expect(lessonFor({}, 'demo-x')).toBeUndefined();
  });
});

describe('every island’s lesson', () => {
  const ids = readdirSync('src/islands', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/islands/${d.name}/lesson.ts`))
    .map((d) => d.name);

  it('exists for the reference demos', () => {
    expect(ids).toContain('optimiseurs');
  });

  it.each(ids)('%s: 2 or 3 well-formed experiments, no reserved state name', async (id) => {
    const module = (await import(`../../src/islands/${id}/lesson.ts`)) as LessonModule;
    expect(experimentProblems(module.spec, module.lesson)).toEqual([]);
    for (const key of Object.keys(module.spec)) expect(reservedKeys).not.toContain(key);
  });
});

describe('every demo page teaches', () => {
  /**
   * Demos whose lesson is still being written: remove an id from here when its lesson.ts
   * and `seeing` land; the test below fails until you do.
   */
  const pending: string[] = [];
  const demos = readdirSync('content/demos')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4));

  it.each(demos)('%s: a « Ce que vous voyez » paragraph and an island lesson (or listed as pending)', (id) => {
    const has =
      existsSync(`src/islands/${id}/lesson.ts`) && /^seeing:/m.test(readFileSync(`content/demos/${id}.mdx`, 'utf8'));
    expect(has, pending.includes(id) ? `${id} now has its lesson: remove it from pending` : `${id} has no lesson`).toBe(
      !pending.includes(id),
    );
  });
});
