/**
 * Offences picked from the Convention's catalogue: each under its name in the person's
 * language, with its article; the optional elements a State may require by declaration can be
 * ticked, so the dual-criminality evaluation can weigh them.
 */
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import type { Finding, OffenceRow } from '../../lib/composer';
import { GroupLegend, Tick } from '../fields';
import { ProblemNote } from '../problem';
import { FindingList } from './review';

export function OffencesPicker({
  value,
  onChange,
  required,
  source,
  findings,
}: {
  value: readonly OffenceRow[];
  onChange(rows: OffenceRow[]): void;
  required: boolean;
  source: string | undefined;
  findings: readonly Finding[];
}) {
  const t = useT();
  const catalogue = useQuery({
    queryKey: ['offences'],
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => call(api.GET('/api/offences')),
  });
  const chosen = new Map(value.map((o) => [o.code, o]));
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...value, { code, elements: [] }] : value.filter((o) => o.code !== code));
  const toggleElement = (code: string, element: string, on: boolean) =>
    onChange(
      value.map((o) =>
        o.code === code
          ? { ...o, elements: on ? [...o.elements, element] : o.elements.filter((e) => e !== element) }
          : o,
      ),
    );
  return (
    <fieldset className="rows offences" data-field="offences">
      <GroupLegend label={t('composer.offences')} required={required} />
      {source && (
        <p className="source" lang="en">
          {source}
        </p>
      )}
      <ProblemNote error={catalogue.error} />
      <ul className="plain offence-list">
        {(catalogue.data?.offences ?? []).map((o) => {
          const row = chosen.get(o.code);
          return (
            <li key={o.code}>
              <Tick
                label={`${o.code} — ${term(t, 'offence', o.code)} (${t('composer.article', { article: o.article })})`}
                checked={row !== undefined}
                onChange={(on) => toggle(o.code, on)}
              />
              {row && o.optionalElements.length > 0 && (
                <ul className="plain nested" aria-label={t('composer.elements', { code: o.code })}>
                  {o.optionalElements.map((e) => (
                    <li key={e.id}>
                      <Tick
                        label={e.label}
                        checked={row.elements.includes(e.id)}
                        onChange={(on) => toggleElement(o.code, e.id, on)}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <FindingList findings={findings} compact />
    </fieldset>
  );
}
