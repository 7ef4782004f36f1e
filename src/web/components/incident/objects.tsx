/**
 * An incident's STIX objects as the node let this person see them (withheld ones are counted,
 * never sent): a table filtered by type, TLP and words — only the rows in view are in the page,
 * so 5,000 objects scroll as easily as 50 — or the same objects as a graph, whose library is
 * fetched only when the graph is asked for — or how the incident grew, as a chart. From a row,
 * an analyst records a sighting, or revokes an object this node originated.
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Button, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { api, call } from '../../api/client';
import { useLocale, useT } from '../../i18n/i18n';
import { formatCount } from '../../lib/format';
import { filterRows, labelOf, NO_FILTER, type ObjectRow, TLP_ORDER, typesOf } from '../../lib/stix';
import { Choice, Field } from '../fields';
import { useMe } from '../me';
import { ProblemNote } from '../problem';
import { SpacerRow, useVirtualRows } from '../virtual-rows';
import { IncidentGrowth } from './growth';
import { RevokeObject } from './revoke';
import { RecordSighting } from './sighting';
import { TlpTag } from './tlp-tag';

const ObjectGraph = lazy(() => import('./object-graph'));
const VIEWS = ['table', 'graph', 'time'] as const;
const ROW_HEIGHT = 48;
const ANY = 'any';
/** What a sighting can be of: indicators and the things observed. */
const SIGHTABLE = new Set([
  'indicator',
  'malware',
  'infrastructure',
  'attack-pattern',
  'observed-data',
  'tool',
]);

export const objectsKey = (incidentId: string) => ['incident', incidentId, 'objects'];

export function IncidentObjects({ incidentId }: { incidentId: string }) {
  const t = useT();
  const locale = useLocale();
  const objects = useQuery({
    queryKey: objectsKey(incidentId),
    queryFn: () => call(api.GET('/api/incidents/{id}/objects', { params: { path: { id: incidentId } } })),
  });
  const [view, setView] = useState<(typeof VIEWS)[number]>('table');
  const [type, setType] = useState(ANY);
  const [tlp, setTlp] = useState(ANY);
  const [words, setWords] = useState('');
  const [sightingOf, setSightingOf] = useState<ObjectRow | null>(null);
  const [revokingOf, setRevokingOf] = useState<ObjectRow | null>(null);
  const rows = (objects.data?.objects ?? []) as ObjectRow[];
  const types = useMemo(() => typesOf(rows), [rows]);
  const shown = useMemo(
    () =>
      filterRows(rows, {
        ...NO_FILTER,
        type: type === ANY ? '' : type,
        tlp: tlp === ANY ? '' : tlp,
        text: words,
      }),
    [rows, type, tlp, words],
  );
  if (objects.error) return <ProblemNote error={objects.error} />;
  if (!objects.data) return <p>{t('shell.loading')}</p>;
  return (
    <>
      <p className="count" aria-live="polite">
        {t('objects.count', { shown: shown.length, total: rows.length })}
        {objects.data.withheld > 0 && ` ${t('objects.withheld', { count: objects.data.withheld })}`}
      </p>
      <div className="filter-grid">
        <Choice
          name="type"
          label={t('objects.type')}
          value={type}
          onChange={setType}
          options={[
            { id: ANY, label: t('objects.anyType') },
            ...types.map((x) => ({ id: x.type, label: `${x.type} (${formatCount(locale, x.count)})` })),
          ]}
        />
        <Choice
          name="objectTlp"
          label={t('incidents.tlp')}
          value={tlp}
          onChange={setTlp}
          options={[
            { id: ANY, label: t('incidents.anyTlp') },
            ...TLP_ORDER.map((l) => ({ id: l, label: `TLP:${l.toUpperCase()}` })),
            { id: 'none', label: t('incidents.unmarked') },
          ]}
        />
        <Field name="objectWords" label={t('objects.words')} value={words} onChange={setWords} />
      </div>
      <ToggleButtonGroup
        className="view-switch"
        aria-label={t('objects.view')}
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={[view]}
        onSelectionChange={(keys) => setView(VIEWS.find((v) => v === [...keys][0]) ?? 'table')}
      >
        <ToggleButton id="table">{t('objects.asTable')}</ToggleButton>
        <ToggleButton id="graph">{t('objects.asGraph')}</ToggleButton>
        <ToggleButton id="time">{t('objects.overTime')}</ToggleButton>
      </ToggleButtonGroup>
      {view === 'table' && (
        <ObjectTable rows={shown} all={rows} onSighting={setSightingOf} onRevoke={setRevokingOf} />
      )}
      {view === 'graph' && (
        <Suspense fallback={<p>{t('objects.graphLoading')}</p>}>
          <ObjectGraph objects={shown.map((r) => r.object)} />
        </Suspense>
      )}
      {view === 'time' && <IncidentGrowth rows={shown} />}
      {sightingOf && (
        <RecordSighting object={sightingOf} onDone={() => setSightingOf(null)} incidentId={incidentId} />
      )}
      {revokingOf && (
        <RevokeObject object={revokingOf} onDone={() => setRevokingOf(null)} incidentId={incidentId} />
      )}
    </>
  );
}

function ObjectTable({
  rows,
  all,
  onSighting,
  onRevoke,
}: {
  rows: ObjectRow[];
  all: readonly ObjectRow[];
  onSighting(row: ObjectRow): void;
  onRevoke(row: ObjectRow): void;
}) {
  const t = useT();
  // A relationship is named by its two ends, which may be filtered out of `rows`.
  const names = useMemo(() => {
    const byId = new Map(all.map((r) => [r.object.id, r.object]));
    return (id: string) => {
      const o = byId.get(id);
      return o && o.type !== 'relationship' ? labelOf(o) : undefined;
    };
  }, [all]);
  const { can } = useMe();
  const { scroller, items, before, after } = useVirtualRows(rows.length, ROW_HEIGHT);
  // A User Timing mark when the rows are on screen: what the console benchmark reads.
  useEffect(() => {
    performance.mark('comity:incident-objects', { detail: rows.length });
  }, [rows.length]);
  if (rows.length === 0) return <p className="empty">{t('objects.none')}</p>;
  const sightings = can('stix.write');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region, named, reachable by Tab
    <section ref={scroller} className="rows-scroll" tabIndex={0} aria-label={t('objects.tableLabel')}>
      <table className="table objects-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{t('objects.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('objects.type')}</th>
            <th scope="col">{t('objects.object')}</th>
            <th scope="col">{t('incidents.tlp')}</th>
            <th scope="col">{t('objects.source')}</th>
            <th scope="col">{t('objects.state')}</th>
            {sightings && <th scope="col">{t('objects.action')}</th>}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={before} columns={6} />
          {items.map((item) => {
            const r = rows[item.index]!;
            return (
              <tr key={r.object.id} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <td>
                  <code>{r.object.type}</code>
                </td>
                <th scope="row" className="object-label" dir="auto">
                  <span title={r.object.id}>{labelOf(r.object, names)}</span>
                </th>
                <td>
                  <TlpTag markings={r.object.object_marking_refs as unknown[] | undefined} />
                </td>
                <td>{r.source === 'local' ? t('objects.local') : <span dir="ltr">{r.source}</span>}</td>
                <td>
                  {r.revoked && <span className="tag">{t('objects.revoked')}</span>}
                  {r.redactedPaths.length > 0 && (
                    <span className="tag">{t('objects.redacted', { count: r.redactedPaths.length })}</span>
                  )}
                </td>
                {sightings && (
                  <td>
                    <div className="row-actions">
                      {SIGHTABLE.has(r.object.type) && !r.revoked && (
                        <Button className="link-button" onPress={() => onSighting(r)}>
                          {t('sighting.record')}
                          <span className="visually-hidden"> — {labelOf(r.object)}</span>
                        </Button>
                      )}
                      {r.source === 'local' && !r.revoked && r.object.type !== 'incident' && (
                        <Button className="link-button" onPress={() => onRevoke(r)}>
                          {t('revoke.action')}
                          <span className="visually-hidden"> — {labelOf(r.object)}</span>
                        </Button>
                      )}
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
          <SpacerRow height={after} columns={6} />
        </tbody>
      </table>
    </section>
  );
}
