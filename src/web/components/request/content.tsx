/**
 * What the request says: each field of its instrument under its name in the person's language,
 * with the provision that asks for it, the value as the requesting authority wrote it (in the
 * request's own language), and the offences charged.
 */
import { useInstrument } from '../../api/queries';
import type { RequestView } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { ProblemNote } from '../problem';
import { FieldValue } from './field-value';

export function Content({ request }: { request: RequestView }) {
  const t = useT();
  const s = request.state;
  const instrument = useInstrument(request.id);
  const specs = (instrument.data?.spec.fields ?? []).filter(
    (f) => f.name !== 'items' && f.name !== 'offences',
  );
  const known = new Set(specs.map((f) => f.name));
  const extra = Object.keys(s.fields).filter((name) => !known.has(name));
  return (
    <>
      <ProblemNote error={instrument.error} />
      <p className="muted">{t('content.language', { language: s.language })}</p>
      <dl className="fields">
        {specs.map((f) => (
          <div key={f.name} className="field-row">
            <dt>
              {term(t, 'requestField', f.name)}
              <span className="source" lang="en">
                {f.source}
              </span>
            </dt>
            <dd lang={s.language}>
              <FieldValue value={s.fields[f.name]} />
            </dd>
          </div>
        ))}
        {extra.map((name) => (
          <div key={name} className="field-row">
            <dt>{term(t, 'requestField', name)}</dt>
            <dd lang={s.language}>
              <FieldValue value={s.fields[name]} />
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('content.offences')}</h3>
      {s.offences.length === 0 ? (
        <p className="empty">{t('content.noOffences')}</p>
      ) : (
        <ul>
          {s.offences.map((o) => (
            <li key={o.code}>
              <code>{o.code}</code> {term(t, 'offence', o.code)}
              {o.provision ? <span className="muted"> · {o.provision}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
