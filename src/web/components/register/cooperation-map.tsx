/**
 * The States this node cooperates with on a world map, each coloured by the requests still
 * open with it or by the messages waiting for delivery to it — drawn from Natural Earth's country shapes shipped in the `world-atlas` package
 * (nothing fetched at run time: no tiles, no fonts), projected here with d3-geo. Loaded only
 * with the register. Colour is never the only sign: every State with open requests is in the
 * table that follows the map, which is also what a screen reader reads.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import codes from 'i18n-iso-countries/codes.json';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { useLocale, useT } from '../../i18n/i18n';
import { classesOf, type Cooperation, type Measure, measureOf } from '../../lib/cooperation';
import { formatCount } from '../../lib/format';

const WIDTH = 960;
const HEIGHT = 470;
/** Light to dark, readable against the paper and distinct in greyscale. */
const SHADES = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
const NONE = '#e4e7eb';

/** ISO 3166-1 numeric code (the atlas's ids) → alpha-2 (the register's codes). */
const ALPHA2 = new Map((codes as string[][]).map(([alpha2, , numeric]) => [numeric!, alpha2!]));

export default function CooperationMap({
  cooperation,
  names,
  measure,
}: {
  cooperation: ReadonlyMap<string, Cooperation>;
  names: ReadonlyMap<string, string>;
  measure: Measure;
}) {
  const t = useT();
  const locale = useLocale();
  const shapes = useMemo(() => {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<
      Geometry,
      { name: string }
    >;
    const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], collection);
    const path = geoPath(projection);
    return collection.features.map((f: Feature<Geometry, { name: string }>) => ({
      code: ALPHA2.get(String(f.id)) ?? null,
      name: f.properties.name,
      d: path(f) ?? '',
    }));
  }, []);
  const value = (c: Cooperation) => measureOf(c, measure);
  const max = Math.max(0, ...[...cooperation.values()].map(value));
  const classes = classesOf(max);
  const shade = (open: number) => {
    const i = classes.findIndex((c) => open >= c.from && open <= c.to);
    return i < 0 ? NONE : SHADES[Math.round((i * (SHADES.length - 1)) / Math.max(1, classes.length - 1))]!;
  };
  const onMap = new Set(shapes.map((s) => s.code));
  const offMap = [...cooperation.keys()].filter((c) => !onMap.has(c)).sort();
  return (
    <figure className="map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t(measure === 'open' ? 'map.label' : 'map.labelBacklog', {
          count: [...cooperation.values()].filter((c) => value(c) > 0).length,
        })}
      >
        {shapes.map((s) => {
          const c = s.code ? cooperation.get(s.code) : undefined;
          return (
            <path key={s.name} d={s.d} fill={c ? shade(value(c)) : NONE} stroke="#fff" strokeWidth={0.5}>
              <title>
                {c
                  ? t(measure === 'open' ? 'map.stateOpen' : 'map.stateBacklog', {
                      state: names.get(s.code!) ?? s.name,
                      count: value(c),
                    })
                  : s.name}
              </title>
            </path>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend" aria-label={t(measure === 'open' ? 'map.legend' : 'map.legendBacklog')}>
          <li>
            <span className="swatch square" style={{ background: NONE }} aria-hidden="true" />
            {t('map.noOpen')}
          </li>
          {classes.map((c, i) => (
            <li key={c.from}>
              <span
                className="swatch square"
                style={{
                  background: SHADES[Math.round((i * (SHADES.length - 1)) / Math.max(1, classes.length - 1))],
                }}
                aria-hidden="true"
              />
              {c.from === c.to
                ? formatCount(locale, c.from)
                : t('map.range', { from: formatCount(locale, c.from), to: formatCount(locale, c.to) })}
            </li>
          ))}
        </ul>
        {offMap.length > 0 && <p className="muted">{t('map.offMap', { codes: offMap.join(', ') })}</p>}
      </figcaption>
    </figure>
  );
}
