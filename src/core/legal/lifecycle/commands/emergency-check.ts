import type { FieldIssue } from '../../../errors.js';

const PARTS = [
  ['personsAtRisk', 'who is at risk'],
  ['threatNature', 'the nature of the threat'],
  ['imminence', 'how imminent the risk is'],
] as const;

/** Problems with an emergency justification (UNCC art. 2(o): significant and imminent risk to life or safety). */
export function emergencyProblems(value: unknown): FieldIssue[] {
  if (typeof value !== 'object' || value === null)
    return [
      {
        path: '/fields/emergencyJustification',
        message: 'must state who is at risk, the nature of the threat and its imminence',
      },
    ];
  const v = value as Record<string, unknown>;
  return PARTS.filter(([k]) => typeof v[k] !== 'string' || (v[k] as string).trim() === '').map(
    ([k, what]) => ({
      path: `/fields/emergencyJustification/${k}`,
      message: `must state ${what}`,
    }),
  );
}
