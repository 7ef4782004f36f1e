/** The six official languages of the United Nations, in which the console is offered (ISO 639-1). */
export const UN_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

export function isUnLanguage(value: string): value is UnLanguage {
  return (UN_LANGUAGES as readonly string[]).includes(value);
}
