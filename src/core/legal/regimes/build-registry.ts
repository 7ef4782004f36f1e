import type { BilateralAgreement, Calendar, OffenceCatalogue, StateProfile } from './data-schemas.js';
import { checkOverridePath } from './overrides.js';
import type { Instrument, RegimePack } from './pack-schema.js';
import { parseBilateral, parseCalendar, parseOffenceCatalogue, parseStateProfile } from './parse-data.js';
import { validateRegimePack } from './parse-pack.js';
import { type LoadProblem, type LoadResult, parseYamlText } from './problems.js';
import { RegimeRegistry } from './registry.js';

/** One data file handed over by storage: its path relative to `regimes/` and its text. */
export interface DataFile {
  readonly name: string;
  readonly text: string;
}

/**
 * Builds the registry from every file under `regimes/`. The folder decides the kind:
 * `offences.yaml`, `states/`, `calendars/`, `bilateral/`; any other `.yaml`/`.json` is a regime pack.
 * All problems of all files are collected, not just the first.
 */
export function buildRegimeRegistry(files: readonly DataFile[]): LoadResult<RegimeRegistry> {
  const problems: LoadProblem[] = [];
  const packs: { pack: RegimePack; file: string }[] = [];
  const states: { state: StateProfile; file: string }[] = [];
  const calendars: { calendar: Calendar; file: string }[] = [];
  const bilateral: { agreement: BilateralAgreement; file: string }[] = [];
  let offences: OffenceCatalogue | undefined;
  let offencesFile = 'offences.yaml';
  const brokenOrKnown = new Set<string>();

  const take = <T>(r: LoadResult<T>, use: (v: T) => void) => {
    if (r.ok) use(r.value);
    else problems.push(...r.problems);
  };
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const name = f.name.replaceAll('\\', '/');
    if (!/\.(ya?ml|json)$/.test(name)) continue;
    if (name === 'offences.yaml' || name === 'offences.json') {
      offencesFile = name;
      take(parseOffenceCatalogue(f.text, name), (v) => {
        offences = v;
      });
    } else if (name.startsWith('states/'))
      take(parseStateProfile(f.text, name), (v) => states.push({ state: v, file: name }));
    else if (name.startsWith('calendars/'))
      take(parseCalendar(f.text, name), (v) => calendars.push({ calendar: v, file: name }));
    else if (name.startsWith('bilateral/'))
      take(parseBilateral(f.text, name), (v) => bilateral.push({ agreement: v, file: name }));
    else if (!name.includes('/')) {
      const raw = parseYamlText(f.text, name);
      if (!raw.ok) problems.push(...raw.problems);
      else {
        // A broken pack still names its regime, so States citing it are not reported twice.
        const id = (raw.value as { regime?: unknown } | null)?.regime;
        if (typeof id === 'string') brokenOrKnown.add(id);
        take(validateRegimePack(raw.value, name), (v) => packs.push({ pack: v, file: name }));
      }
    } else
      problems.push({
        file: name,
        path: '',
        reason: 'unexpected location (use states/, calendars/ or bilateral/)',
      });
  }
  if (!offences && !files.some((f) => f.name === offencesFile))
    problems.push({ file: offencesFile, path: '', reason: 'the offence catalogue is missing' });
  problems.push(...crossFileProblems(packs, states, calendars, bilateral, offences, brokenOrKnown));
  if (problems.length > 0 || !offences) return { ok: false, problems };
  return {
    ok: true,
    value: new RegimeRegistry({
      packs: packs.map((p) => p.pack),
      offences,
      states: states.map((s) => s.state),
      calendars: calendars.map((c) => c.calendar),
      bilateral: bilateral.map((b) => b.agreement),
    }),
  };
}

function crossFileProblems(
  packs: readonly { pack: RegimePack; file: string }[],
  states: readonly { state: StateProfile; file: string }[],
  calendars: readonly { calendar: Calendar; file: string }[],
  bilateral: readonly { agreement: BilateralAgreement; file: string }[],
  offences: OffenceCatalogue | undefined,
  namedRegimes: ReadonlySet<string>,
): LoadProblem[] {
  const out: LoadProblem[] = [];
  const regimeIds = new Set<string>();
  for (const { pack, file } of packs) {
    if (regimeIds.has(pack.regime))
      out.push({ file, path: '/regime', reason: `duplicate regime ${pack.regime}` });
    regimeIds.add(pack.regime);
    const expected = file.replace(/\.(ya?ml|json)$/, '');
    if (expected !== pack.regime)
      out.push({ file, path: '/regime', reason: `regime id '${pack.regime}' does not match file name` });
  }
  const calendarIds = new Set(calendars.map((c) => c.calendar.id));
  const codes = new Set(offences?.offences.map((o) => o.code) ?? []);
  const elements = new Set(offences?.offences.flatMap((o) => o.optionalElements.map((e) => e.id)) ?? []);
  const stateCodes = new Set<string>();
  for (const { state, file } of states) {
    if (stateCodes.has(state.code))
      out.push({ file, path: '/code', reason: `duplicate State ${state.code}` });
    stateCodes.add(state.code);
    if (!calendarIds.has(state.calendar))
      out.push({
        file,
        path: '/calendar',
        reason: `unknown calendar ${state.calendar} (no calendars/ file has that id)`,
      });
    state.regimes.forEach((r, i) => {
      if (!regimeIds.has(r.regime) && !namedRegimes.has(r.regime))
        out.push({ file, path: `/regimes/${i}/regime`, reason: `unknown regime ${r.regime}` });
    });
    state.offences.forEach((o, i) => {
      o.catalogue.forEach((c, j) => {
        if (offences && !codes.has(c))
          out.push({ file, path: `/offences/${i}/catalogue/${j}`, reason: `unknown catalogue code ${c}` });
      });
    });
    state.declarations.forEach((d, i) => {
      (d.requiresElements ?? []).forEach((e, j) => {
        if (offences && !elements.has(e))
          out.push({
            file,
            path: `/declarations/${i}/requiresElements/${j}`,
            reason: `unknown optional element ${e}`,
          });
      });
    });
  }
  for (const { agreement, file } of bilateral) {
    const pack = packs.find((p) => p.pack.regime === agreement.regime)?.pack;
    if (!pack && !namedRegimes.has(agreement.regime))
      out.push({ file, path: '/regime', reason: `unknown regime ${agreement.regime}` });
    agreement.states.forEach((s, i) => {
      if (!stateCodes.has(s)) out.push({ file, path: `/states/${i}`, reason: `unknown State ${s}` });
    });
    agreement.overrides.forEach((o, i) => {
      const inst = (pack?.instruments as Record<string, Instrument | undefined> | undefined)?.[o.instrument];
      if (pack && !inst)
        out.push({ file, path: `/overrides/${i}/instrument`, reason: `unknown instrument ${o.instrument}` });
      if (!inst) return;
      const reason = checkOverridePath(inst, o.path);
      if (reason) out.push({ file, path: `/overrides/${i}/path`, reason });
    });
  }
  return out;
}
