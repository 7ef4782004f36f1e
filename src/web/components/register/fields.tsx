/** The register's repeated fields: languages typed as a short list, an IANA time zone. */
import { useT } from '../../i18n/i18n';
import { Field } from '../fields';

export function LanguagesField(props: { value: string; onChange(value: string): void; problem: unknown }) {
  const t = useT();
  return (
    <Field
      name="languages"
      label={t('register.languages')}
      description={t('register.languagesHelp')}
      value={props.value}
      onChange={props.onChange}
      problem={props.problem}
    />
  );
}

export function TimeZoneField(props: {
  value: string;
  onChange(value: string): void;
  problem: unknown;
  required?: boolean;
  missing?: boolean;
}) {
  const t = useT();
  return (
    <Field
      name="timezone"
      label={t('register.timezone')}
      description={t('register.timezoneHelp')}
      value={props.value}
      onChange={props.onChange}
      required={props.required ?? false}
      missing={props.missing ?? false}
      problem={props.problem}
    />
  );
}

export function NodeUrlField(props: { value: string; onChange(value: string): void; problem: unknown }) {
  const t = useT();
  return (
    <Field
      name="nodeUrl"
      label={t('register.nodeUrl')}
      description={t('register.nodeUrlHelp')}
      value={props.value}
      onChange={props.onChange}
      problem={props.problem}
    />
  );
}
