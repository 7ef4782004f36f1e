import { cite } from '../provenance.js';
import type { RegimePack } from '../regimes/pack-schema.js';
import type { ScreeningAnswer } from '../lifecycle/types.js';
import type { Finding } from './finding.js';

/** The discrimination-screening checklist: every question answered, and any concern surfaced with its ground. */
export function checkScreening(regime: RegimePack, answers: readonly ScreeningAnswer[]): Finding[] {
  const ground = regime.grounds.find((g) => /DISCRIMINATION|FUNDAMENTAL_RIGHTS|POLITICAL/.test(g.code));
  return regime.discriminationScreening.flatMap((q): Finding[] => {
    const a = answers.find((x) => x.questionId === q.id);
    if (!a)
      return [
        {
          code: 'screening_unanswered',
          severity: 'blocking',
          path: `/screening/${q.id}`,
          message: q.question,
          provision: cite(q),
        },
      ];
    if (a.concern)
      return [
        {
          code: 'screening_concern',
          severity: 'blocking',
          path: `/screening/${q.id}`,
          message:
            `concern recorded: ${a.note ?? ''}${ground ? ` (consider ground ${ground.code})` : ''}`.trim(),
          provision: cite(q),
        },
      ];
    return [];
  });
}
