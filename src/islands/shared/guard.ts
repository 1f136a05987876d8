/**
 * The divergence guard: a run stops as soon as a number of its state is NaN or
 * infinite (or so large that the next step will be), instead of drawing garbage.
 * Pure, so that it is unit-tested.
 */

/** Beyond this, float32 (TF.js's default) overflows within a few squarings: stop now. */
export const divergenceLimit = 1e15;

/** The path of the first number in `value` that is not finite or exceeds the limit ("params.w"), or undefined. */
export function findDivergence(value: unknown, path = ''): string | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) && Math.abs(value) < divergenceLimit ? undefined : path || '(valeur)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findDivergence(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findDivergence(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return undefined;
}
