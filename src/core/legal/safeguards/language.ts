import type { Finding } from './finding.js';

/** Where the list of accepted languages came from, cited in the finding. */
export interface AcceptedLanguages {
  readonly languages: readonly string[];
  readonly source: string;
}

/**
 * A request written in a language the requested State does not accept comes back untreated or
 * waits for translation: warn the drafter before it is sent. `fr-CA` counts as `fr`.
 */
export function checkLanguage(
  language: string,
  requestedState: string,
  accepted: AcceptedLanguages | undefined,
): Finding[] {
  if (!accepted || accepted.languages.length === 0) {
    return [
      {
        code: 'language_acceptance_unknown',
        severity: 'info',
        path: '/language',
        message: `the languages ${requestedState} accepts are not recorded; check the register before sending`,
      },
    ];
  }
  const base = (tag: string) => tag.toLowerCase().split('-')[0];
  if (accepted.languages.some((l) => base(l) === base(language))) return [];
  return [
    {
      code: 'language_not_accepted',
      severity: 'warning',
      path: '/language',
      message: `${requestedState} accepts requests in ${accepted.languages.join(', ')}, not ${language} (${accepted.source}); attach a translation`,
    },
  ];
}
