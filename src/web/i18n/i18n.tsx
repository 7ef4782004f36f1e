/**
 * Every word the console shows comes from the message catalogues (ICU message syntax through
 * FormatJS, so plurals and gender follow each language's rules). English is bundled; the other
 * five load when chosen. The document's `lang` and `dir` follow the language, so Arabic lays
 * the whole console out right to left (the styles use logical properties only).
 */
import { type ReactNode, createContext, useContext, useEffect, useMemo, useState } from 'react';
import { I18nProvider as AriaLocale } from 'react-aria-components';
import { IntlProvider, useIntl } from 'react-intl';
import en from './messages/en.json';
import { type Language, directionOf } from './languages';

export type MessageKey = keyof typeof en;
type Catalogue = Record<MessageKey, string>;

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalogue }>> = {
  ar: () => import('./messages/ar.json'),
  zh: () => import('./messages/zh.json'),
  fr: () => import('./messages/fr.json'),
  ru: () => import('./messages/ru.json'),
  es: () => import('./messages/es.json'),
};

interface LanguageState {
  readonly language: Language;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageState>({ language: 'en', setLanguage: () => undefined });

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

export function I18n({
  language,
  onChange,
  children,
}: {
  language: Language;
  onChange(l: Language): void;
  children: ReactNode;
}) {
  const [catalogue, setCatalogue] = useState<{ language: Language; messages: Catalogue }>({
    language: 'en',
    messages: en,
  });
  useEffect(() => {
    let current = true;
    if (language === 'en') setCatalogue({ language, messages: en });
    else
      void loaders[language]().then((m) => {
        if (current) setCatalogue({ language, messages: m.default });
      });
    return () => {
      current = false;
    };
  }, [language]);
  useEffect(() => {
    document.documentElement.lang = catalogue.language;
    document.documentElement.dir = directionOf(catalogue.language);
  }, [catalogue.language]);
  const state = useMemo(
    () => ({ language: catalogue.language, setLanguage: onChange }),
    [catalogue.language, onChange],
  );
  return (
    <LanguageContext.Provider value={state}>
      <IntlProvider
        locale={catalogue.language}
        messages={catalogue.messages}
        defaultLocale="en"
        onError={reportMissing}
      >
        <AriaLocale locale={catalogue.language}>{children}</AriaLocale>
      </IntlProvider>
    </LanguageContext.Provider>
  );
}

/** A catalogue lacking a key is a defect a test catches; at run time the English text stands in. */
function reportMissing(error: { code: string; message: string }): void {
  if (error.code !== 'MISSING_TRANSLATION') console.error(error.message);
}

let chosenBeforeSignIn: Language | null = null;

/** The language someone picked on the sign-in page: it becomes their account's language. */
export function rememberChoiceBeforeSignIn(language: Language): void {
  chosenBeforeSignIn = language;
}

export function takeChoiceBeforeSignIn(): Language | null {
  const chosen = chosenBeforeSignIn;
  chosenBeforeSignIn = null;
  return chosen;
}

export type Translate = (key: MessageKey, values?: Record<string, string | number | Date>) => string;

/** The translate function: `t('desk.title')`, `t('desk.count', { count })`. */
export function useT(): Translate {
  const intl = useIntl();
  return (key, values) => intl.formatMessage({ id: key, defaultMessage: en[key] }, values);
}

export function useLocale(): string {
  return useIntl().locale;
}
