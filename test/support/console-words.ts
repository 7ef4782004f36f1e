/**
 * The console's words in a given language, straight from its message catalogues, so a browser
 * test finds buttons and headings by the text a person of that language reads.
 */
import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';

type Catalogue = Record<string, string>;

export type Say = (key: string, values?: Record<string, string | number>) => string;

export function catalogue(language: string): Catalogue {
  return JSON.parse(
    readFileSync(new URL(`../../src/web/i18n/messages/${language}.json`, import.meta.url), 'utf8'),
  ) as Catalogue;
}

export function wordsOf(language: string): Say {
  const messages = catalogue(language);
  return (key, values) => {
    const message = messages[key];
    if (message === undefined) throw new Error(`no message ${key} in ${language}`);
    return String(new IntlMessageFormat(message, language).format(values));
  };
}

/** A regular expression matching the text exactly as written (for accessible names). */
export function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** A regular expression matching text that starts with `text` (labels followed by "*"). */
export function startingWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** A regular expression matching text that contains `text` anywhere. */
export function containing(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

/** An input's accessible name: its label, with the required mark when the field is required. */
export function labelled(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}
