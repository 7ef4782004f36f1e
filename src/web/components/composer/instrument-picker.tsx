/**
 * Choosing where a request goes and under what: the requested State (from the register), then
 * one of the instruments in force between the two States — only those, as the regime packs and
 * bilateral agreements say — each with its article, channel and legal source.
 */
import { useQuery } from '@tanstack/react-query';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { api, call } from '../../api/client';
import type { AvailableInstrument } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { Choice } from '../fields';
import { ProblemNote } from '../problem';

export const instrumentKey = (i: AvailableInstrument) => `${i.regime}/${i.instrument}`;

export function InstrumentPicker({
  ownState,
  state,
  onState,
  chosen,
  onChosen,
  locked,
}: {
  ownState: string | null;
  state: string | null;
  onState(code: string): void;
  chosen: string | null;
  onChosen(instrument: AvailableInstrument): void;
  /** Set once a draft exists: State and instrument are then fixed for it. */
  locked: boolean;
}) {
  const t = useT();
  const states = useQuery({
    queryKey: ['states'],
    staleTime: 60_000,
    queryFn: () => call(api.GET('/api/register/states')),
  });
  const instruments = useInstruments(state);
  const others = (states.data ?? []).filter((s) => s.code !== ownState);
  const chosenOne = instruments.data?.find((i) => instrumentKey(i) === chosen);
  return (
    <div className="picker">
      <ProblemNote error={states.error} />
      {locked ? (
        <p>{t('composer.lockedTo', { state: state ?? '' })}</p>
      ) : (
        <Choice
          name="requestedState"
          label={t('composer.state')}
          options={others.map((s) => ({ id: s.code, label: `${s.code} — ${s.name}` }))}
          value={state}
          onChange={onState}
          required
        />
      )}
      <ProblemNote error={instruments.error} />
      {state && instruments.data && instruments.data.length === 0 && (
        <p className="warning">{t('composer.noInstrument')}</p>
      )}
      {locked && chosenOne && <Chosen instrument={chosenOne} />}
      {!locked && state && instruments.data && instruments.data.length > 0 && (
        <RadioGroup
          className="instrument-list"
          value={chosen}
          isRequired
          onChange={(key) => {
            const found = instruments.data.find((i) => instrumentKey(i) === key);
            if (found) onChosen(found);
          }}
        >
          <Label>{t('composer.instrument')}</Label>
          <Text slot="description">{t('composer.instrumentHelp')}</Text>
          {groups(
            locked ? instruments.data.filter((i) => instrumentKey(i) === chosen) : instruments.data,
          ).map(([title, list]) => (
            <div key={title} className="regime-group" role="presentation">
              <p className="regime-title" aria-hidden="true">
                {title}
              </p>
              {list.map((i) => (
                <Radio key={instrumentKey(i)} value={instrumentKey(i)} className="instrument-option">
                  <InstrumentText instrument={i} withAgreement />
                </Radio>
              ))}
            </div>
          ))}
        </RadioGroup>
      )}
    </div>
  );
}

/** The instrument of a saved draft, stated (it no longer changes). */
function Chosen({ instrument: i }: { instrument: AvailableInstrument }) {
  return (
    <div className="instrument-option chosen">
      <InstrumentText instrument={i} />
    </div>
  );
}

/** Instruments by regime, in the order the node gave them. */
function groups(list: readonly AvailableInstrument[]): Array<[string, AvailableInstrument[]]> {
  const out = new Map<string, AvailableInstrument[]>();
  for (const i of list) out.set(i.regimeTitle, [...(out.get(i.regimeTitle) ?? []), i]);
  return [...out];
}

export function useInstruments(state: string | null) {
  return useQuery({
    queryKey: ['instruments', state],
    enabled: state !== null,
    staleTime: 60_000,
    queryFn: () =>
      call(api.GET('/api/regimes/instruments', { params: { query: { requestedState: state ?? '' } } })),
  });
}

/** An instrument's name, regime, article and channel, and the source of the article. */
function InstrumentText({
  instrument: i,
  withAgreement = false,
}: {
  instrument: AvailableInstrument;
  withAgreement?: boolean;
}) {
  const t = useT();
  return (
    <>
      <span className="instrument-name">{term(t, 'instrument', i.instrument)}</span>
      <span className="muted small">
        {i.regimeTitle} · {t('composer.article', { article: i.spec.article.value })}
        {i.spec.channel ? ` · ${term(t, 'channel', i.spec.channel.value)}` : ''}
        {withAgreement && i.bilateral ? ` · ${t('composer.bilateral', { agreement: i.bilateral })}` : ''}
      </span>
      <span className="source" lang="en">
        {i.spec.article.source}
      </span>
    </>
  );
}
