/** The six UN languages, each named in itself; a signed-in person's choice is kept on the node. */
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { api, call } from '../api/client';
import { rememberChoiceBeforeSignIn, useLanguage, useT } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../i18n/languages';

export function LanguagePicker({ persist = false }: { persist?: boolean }) {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const choose = (next: Language) => {
    setLanguage(next);
    if (persist)
      void call(api.PUT('/api/auth/language', { body: { language: next } })).catch(() => undefined);
    else rememberChoiceBeforeSignIn(next);
  };
  return (
    <Select
      className="field language-picker"
      selectedKey={language}
      onSelectionChange={(key) => choose(key as Language)}
    >
      <Label className="visually-hidden">{t('shell.language')}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover>
        <ListBox>
          {LANGUAGES.map((l) => (
            <ListBoxItem key={l.code} id={l.code} textValue={l.name} lang={l.code} dir={l.dir}>
              {l.name}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
