/**
 * One field of an instrument as an input: its name in the person's language, marked when the
 * instrument requires it, the provision that asks for it, and the review's findings about it.
 */
import { Text } from 'react-aria-components';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import type { ComposerValues, Emergency, FieldSpec, Finding } from '../../lib/composer';
import { Field, GroupLegend, Tick } from '../fields';
import { FindingList } from './review';

type Value = ComposerValues['fields'][string] | undefined;

export function FieldInput({
  spec,
  value,
  onChange,
  findings,
  problem,
}: {
  spec: FieldSpec;
  value: Value;
  onChange(value: Value): void;
  findings: readonly Finding[];
  problem: unknown;
}) {
  const t = useT();
  const label = term(t, 'requestField', spec.name);
  const source = (
    <span className="source" lang="en">
      {spec.source}
      {spec.label ? ` — ${spec.label}` : ''}
    </span>
  );
  const text = typeof value === 'string' ? value : '';
  const common = { name: spec.name, label, required: spec.required, description: source, problem };
  const body = (() => {
    switch (spec.type) {
      case 'boolean':
        return (
          <div className="field">
            <Tick
              label={`${label}${spec.required ? ` ${t('field.requiredMark')}` : ''}`}
              checked={value === true}
              onChange={onChange}
            />
            <Text className="description">{source}</Text>
          </div>
        );
      case 'text':
        return <Field {...common} value={text} onChange={onChange} multiline />;
      case 'string_list':
        return (
          <Field
            {...common}
            value={text}
            onChange={onChange}
            multiline
            description={
              <>
                {t('input.onePerLine')} {source}
              </>
            }
          />
        );
      case 'date':
        return <Field {...common} value={text} onChange={onChange} type="date" />;
      case 'integer':
        return <Field {...common} value={text} onChange={onChange} type="number" />;
      case 'period': {
        const p = (value as { from: string; to: string } | undefined) ?? { from: '', to: '' };
        return (
          <fieldset className="rows">
            <GroupLegend label={label} required={spec.required} />
            {source}
            <Field
              name={`${spec.name}-from`}
              label={t('composer.from')}
              type="date"
              value={p.from}
              onChange={(from) => onChange({ ...p, from })}
            />
            <Field
              name={`${spec.name}-to`}
              label={t('composer.to')}
              type="date"
              value={p.to}
              onChange={(to) => onChange({ ...p, to })}
            />
          </fieldset>
        );
      }
      case 'emergency_justification': {
        const e = (value as Emergency | undefined) ?? { personsAtRisk: '', threatNature: '', imminence: '' };
        return (
          <fieldset className="rows">
            <GroupLegend label={label} required={spec.required} />
            {source}
            <Field
              name="personsAtRisk"
              label={t('emergency.personsAtRisk')}
              multiline
              required
              value={e.personsAtRisk}
              onChange={(personsAtRisk) => onChange({ ...e, personsAtRisk })}
            />
            <Field
              name="threatNature"
              label={t('emergency.threatNature')}
              multiline
              required
              value={e.threatNature}
              onChange={(threatNature) => onChange({ ...e, threatNature })}
            />
            <Field
              name="imminence"
              label={t('emergency.imminence')}
              multiline
              required
              value={e.imminence}
              onChange={(imminence) => onChange({ ...e, imminence })}
            />
          </fieldset>
        );
      }
      default:
        return <Field {...common} value={text} onChange={onChange} />;
    }
  })();
  return (
    <div className="composer-field" data-field={spec.name}>
      {body}
      <FindingList findings={findings} compact />
    </div>
  );
}
