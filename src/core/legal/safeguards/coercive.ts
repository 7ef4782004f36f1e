import { cite } from '../provenance.js';
import type { Instrument } from '../regimes/pack-schema.js';
import type { Finding } from './finding.js';

const STATEMENTS = [
  ['legalBasisDomestic', 'the domestic legal basis of the measure'],
  ['authorisingAuthority', 'the authority (judge, prosecutor, other) that authorised it'],
  ['proportionalityStatement', 'why the measure is necessary and proportionate'],
] as const;

/**
 * Coercive measures need a legal basis, an authorising authority and a proportionality
 * statement (UNCC art. 24; BC art. 15; EPOR art. 5(2)). Applies when the instrument is coercive
 * or the request says it includes coercive measures. Where the instrument's own field list makes
 * one of them optional (an EPOR emergency order may be issued first and validated within 48
 * hours, art. 4(5)), its absence is a warning citing that field: the pack, not this check, says
 * what the law demands up front.
 */
export function checkCoerciveSafeguards(
  instrument: Instrument,
  fields: Readonly<Record<string, unknown>>,
): Finding[] {
  const coercive = instrument.coercive?.value === true || fields['coerciveMeasures'] === true;
  if (!coercive) return [];
  const provision = instrument.coercive ? cite(instrument.coercive) : undefined;
  const out: Finding[] = [];
  for (const [name, what] of STATEMENTS) {
    const v = fields[name];
    const spec = instrument.fields?.find((f) => f.name === name);
    if ((typeof v !== 'string' || v.trim().length === 0) && spec?.required === false)
      out.push({
        code: 'coercive_statement_deferred',
        severity: 'warning',
        path: `/fields/${name}`,
        message: `${what} is not stated yet; ${spec.label} — record it as soon as it is known`,
        provision: cite(spec),
      });
    else if (typeof v !== 'string' || v.trim().length === 0)
      out.push({
        code: 'coercive_statement_missing',
        severity: 'blocking',
        path: `/fields/${name}`,
        message: `a coercive measure must state ${what}`,
        ...(provision ? { provision } : {}),
      });
    else if (name === 'proportionalityStatement' && v.trim().length < 40)
      out.push({
        code: 'proportionality_statement_thin',
        severity: 'warning',
        path: `/fields/${name}`,
        message: 'the proportionality statement is very short; say why less intrusive means would not do',
        ...(provision ? { provision } : {}),
      });
  }
  return out;
}
