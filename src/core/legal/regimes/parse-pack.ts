import { INSTRUMENT_IDS, type Instrument, type RegimePack, RegimePackSchema } from './pack-schema.js';
import { type LoadProblem, type LoadResult, parseYamlText, schemaProblems } from './problems.js';

/** Sections an instrument must carry once it is marked available. */
const REQUIRED_WHEN_AVAILABLE = [
  'kind',
  'channel',
  'senderRoles',
  'receiverRoles',
  'coercive',
  'fields',
  'deadlines',
  'refusalGrounds',
  'postponementGrounds',
  'consultBeforeRefusal',
  'dualCriminality',
  'requestConfidentiality',
  'userNonNotification',
  'acknowledgement',
  'useLimitation',
  'onwardTransfer',
] as const satisfies readonly (keyof Instrument)[];

/** Parses a regime pack from YAML or JSON text and validates it. */
export function parseRegimePack(text: string, fileName: string): LoadResult<RegimePack> {
  const parsed = parseYamlText(text, fileName);
  return parsed.ok ? validateRegimePack(parsed.value, fileName) : parsed;
}

/** Validates an already-parsed pack: schema first, then cross-references inside the pack. */
export function validateRegimePack(obj: unknown, fileName: string): LoadResult<RegimePack> {
  const problems = schemaProblems(RegimePackSchema, obj, fileName);
  if (problems.length > 0) return { ok: false, problems };
  const pack = obj as RegimePack;
  const semantic = packCrossChecks(pack, fileName);
  return semantic.length > 0 ? { ok: false, problems: semantic } : { ok: true, value: pack };
}

function packCrossChecks(pack: RegimePack, file: string): LoadProblem[] {
  const out: LoadProblem[] = [];
  const groundCodes = new Set<string>();
  pack.grounds.forEach((g, i) => {
    if (groundCodes.has(g.code))
      out.push({ file, path: `/grounds/${i}/code`, reason: `duplicate ground ${g.code}` });
    groundCodes.add(g.code);
  });
  for (const id of INSTRUMENT_IDS) {
    const inst = pack.instruments[id];
    if (!inst) continue;
    const base = `/instruments/${id}`;
    if (!inst.available.value) continue;
    for (const key of REQUIRED_WHEN_AVAILABLE) {
      if (inst[key] === undefined)
        out.push({ file, path: base, reason: `available instrument lacks '${key}'` });
    }
    for (const key of ['refusalGrounds', 'postponementGrounds'] as const) {
      inst[key]?.value.forEach((code, i) => {
        if (!groundCodes.has(code))
          out.push({
            file,
            path: `${base}/${key}/value/${i}`,
            reason: `unknown ground ${code} (not in /grounds)`,
          });
      });
    }
    out.push(...uniqueBy(inst.fields ?? [], 'name', `${base}/fields`, file));
    out.push(...uniqueBy(inst.deadlines ?? [], 'id', `${base}/deadlines`, file));
    const deadlineIds = new Set((inst.deadlines ?? []).map((d) => d.id));
    inst.extensions?.forEach((x, i) => {
      if (!deadlineIds.has(x.deadline))
        out.push({
          file,
          path: `${base}/extensions/${i}/deadline`,
          reason: `unknown deadline ${x.deadline}`,
        });
    });
    inst.reminders?.forEach((r, i) => {
      if (!deadlineIds.has(r.deadline))
        out.push({ file, path: `${base}/reminders/${i}/deadline`, reason: `unknown deadline ${r.deadline}` });
    });
  }
  return out;
}

function uniqueBy<T>(items: readonly T[], key: keyof T, path: string, file: string): LoadProblem[] {
  const seen = new Set<unknown>();
  const out: LoadProblem[] = [];
  items.forEach((item, i) => {
    const k = item[key];
    if (seen.has(k))
      out.push({
        file,
        path: `${path}/${i}/${String(key)}`,
        reason: `duplicate ${String(key)} ${String(k)}`,
      });
    seen.add(k);
  });
  return out;
}
