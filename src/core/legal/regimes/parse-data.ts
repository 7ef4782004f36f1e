import type { TSchema } from 'typebox';
import {
  type BilateralAgreement,
  BilateralSchema,
  type Calendar,
  CalendarSchema,
  type OffenceCatalogue,
  OffenceCatalogueSchema,
  type StateProfile,
  StateProfileSchema,
} from './data-schemas.js';
import { type LoadResult, parseYamlText, schemaProblems } from './problems.js';

function parseWith<T>(schema: TSchema, text: string, fileName: string): LoadResult<T> {
  const parsed = parseYamlText(text, fileName);
  if (!parsed.ok) return parsed;
  const problems = schemaProblems(schema, parsed.value, fileName);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.value as T };
}

/** Parses `regimes/offences.yaml`. */
export function parseOffenceCatalogue(text: string, fileName: string): LoadResult<OffenceCatalogue> {
  return parseWith(OffenceCatalogueSchema, text, fileName);
}

/** Parses one `regimes/states/*.yaml` profile. */
export function parseStateProfile(text: string, fileName: string): LoadResult<StateProfile> {
  return parseWith(StateProfileSchema, text, fileName);
}

/** Parses one `regimes/calendars/*.yaml` working-day calendar. */
export function parseCalendar(text: string, fileName: string): LoadResult<Calendar> {
  return parseWith(CalendarSchema, text, fileName);
}

/** Parses one `regimes/bilateral/*.yaml` agreement. */
export function parseBilateral(text: string, fileName: string): LoadResult<BilateralAgreement> {
  return parseWith(BilateralSchema, text, fileName);
}
