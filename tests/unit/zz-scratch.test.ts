import { it } from 'vitest';
import { lassoSolve, randomData, ridgeClosedForm } from '../../src/islands/ridge-lasso/model';
it('scratch', () => {
  const data = randomData(1);
  for (const l of [0, 5, 10, 20, 30, 40, 50, 60, 70, 80]) console.log(l, ridgeClosedForm(data, l).map((v) => v.toFixed(3)).join(' '), '|', lassoSolve(data, l).map((v) => v.toFixed(3)).join(' '));
});
