/**
 * What to look for in the audit trail: a subject, an action (or a family of them), a person,
 * a period in the person's own time zone, and the order. Applying puts them in the address.
 */
import { type ZonedDateTime, getLocalTimeZone, parseAbsolute } from '@internationalized/date';
import { type FormEvent, useState } from 'react';
import {
  Button,
  DateField,
  DateInput,
  DateSegment,
  FieldError,
  Form,
  Label,
  Text,
} from 'react-aria-components';
import { issuesFor } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { TERMS, term } from '../../i18n/terms';
import type { AuditFilters } from '../../lib/audit-filters';
import { Choice, Field } from '../fields';
import { issueText } from '../problem';

/** The subjects an auditor asks about most; any other type can still come from a link. */
const SUBJECT_TYPES = Object.keys(TERMS.auditSubject);

export function AuditFilterForm(props: {
  readonly filters: AuditFilters;
  readonly problem: unknown;
  onApply(filters: AuditFilters): void;
}) {
  const t = useT();
  const zone = getLocalTimeZone();
  const [subjectType, setSubjectType] = useState(props.filters.subjectType ?? 'any');
  const [subjectId, setSubjectId] = useState(props.filters.subjectId ?? '');
  const [action, setAction] = useState(props.filters.action ?? '');
  const [actor, setActor] = useState(props.filters.actor ?? '');
  const [from, setFrom] = useState<ZonedDateTime | null>(() => zoned(props.filters.from, zone));
  const [to, setTo] = useState<ZonedDateTime | null>(() => zoned(props.filters.to, zone));
  const [order, setOrder] = useState<string>(props.filters.order);
  const typeOptions = [
    { id: 'any', label: t('audit.subjectAny') },
    ...SUBJECT_TYPES.map((type) => ({ id: type, label: term(t, 'auditSubject', type) })),
  ];
  if (subjectType !== 'any' && !SUBJECT_TYPES.includes(subjectType))
    typeOptions.push({ id: subjectType, label: subjectType });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onApply({
      order: order === 'oldest' ? 'oldest' : 'newest',
      ...(subjectType !== 'any' ? { subjectType } : {}),
      ...(subjectId.trim() ? { subjectId: subjectId.trim() } : {}),
      ...(action.trim() ? { action: action.trim() } : {}),
      ...(actor.trim() ? { actor: actor.trim() } : {}),
      ...(from ? { from: from.toAbsoluteString() } : {}),
      ...(to ? { to: to.toAbsoluteString() } : {}),
    });
  };
  return (
    <Form onSubmit={submit} className="form filters" aria-label={t('audit.filters')}>
      <div className="filter-grid">
        <Choice
          name="subjectType"
          label={t('audit.subjectType')}
          options={typeOptions}
          value={subjectType}
          onChange={setSubjectType}
          problem={props.problem}
        />
        <Field
          name="subjectId"
          label={t('audit.subjectId')}
          value={subjectId}
          onChange={setSubjectId}
          problem={props.problem}
        />
        <Field
          name="action"
          label={t('audit.action')}
          description={t('audit.actionHelp')}
          value={action}
          onChange={setAction}
          problem={props.problem}
        />
        <Field
          name="actor"
          label={t('audit.actor')}
          description={t('audit.actorHelp')}
          value={actor}
          onChange={setActor}
          problem={props.problem}
        />
        <When name="from" label={t('audit.from')} value={from} onChange={setFrom} problem={props.problem} />
        <When name="to" label={t('audit.to')} value={to} onChange={setTo} problem={props.problem} />
        <Choice
          name="order"
          label={t('audit.order')}
          options={[
            { id: 'newest', label: t('audit.newest') },
            { id: 'oldest', label: t('audit.oldest') },
          ]}
          value={order}
          onChange={setOrder}
        />
      </div>
      <div className="button-row">
        <Button type="submit" className="primary">
          {t('audit.apply')}
        </Button>
        <Button className="secondary" onPress={() => props.onApply({ order: 'newest' })}>
          {t('audit.clear')}
        </Button>
      </div>
    </Form>
  );
}

function When(props: {
  readonly name: string;
  readonly label: string;
  readonly value: ZonedDateTime | null;
  onChange(value: ZonedDateTime | null): void;
  readonly problem: unknown;
}) {
  const t = useT();
  const issue = issuesFor(props.problem, props.name)[0];
  return (
    <DateField
      className="field"
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      granularity="minute"
      hideTimeZone={false}
      isInvalid={issue !== undefined}
      validationBehavior="aria"
      // The placeholder shows today's date as the form to type, not a value.
      placeholderValue={parseAbsolute(new Date().toISOString(), getLocalTimeZone()).set({
        hour: 0,
        minute: 0,
      })}
    >
      <Label>{props.label}</Label>
      <DateInput className="date-input">{(segment) => <DateSegment segment={segment} />}</DateInput>
      <Text slot="description">{t('audit.whenHelp')}</Text>
      <FieldError>{issue ? issueText(t, issue) : undefined}</FieldError>
    </DateField>
  );
}

function zoned(iso: string | undefined, zone: string): ZonedDateTime | null {
  if (!iso) return null;
  try {
    return parseAbsolute(new Date(iso).toISOString(), zone);
  } catch {
    return null;
  }
}
