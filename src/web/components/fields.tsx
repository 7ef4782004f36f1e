/**
 * Labelled inputs that show, next to themselves, what the node said about them: the error is
 * tied to the input (aria-describedby through react-aria), in the person's language.
 */
import type { ReactNode } from 'react';
import {
  Checkbox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Button as AriaButton,
  Text,
  TextArea,
  TextField,
} from 'react-aria-components';
import { issuesFor } from '../api/client';
import { useT } from '../i18n/i18n';
import { issueText } from './problem';

interface FieldProps {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  readonly required?: boolean;
  readonly description?: ReactNode;
  /** The last problem from the node: its issues naming this field are shown here. */
  readonly problem?: unknown;
  /** A problem found before sending (a required field left empty). */
  readonly missing?: boolean;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'password' | 'date' | 'number';
  /** A problem the form itself found (the two passwords differ). */
  readonly message?: string;
  readonly autoComplete?: string;
  readonly lang?: string;
}

/** The words after a required field's label, in the person's language. */
export function RequiredMark() {
  const t = useT();
  return <span className="required"> {t('field.requiredMark')}</span>;
}

/** The legend of a group of fields, marked when the group is required. */
export function GroupLegend({ label, required }: { label: ReactNode; required?: boolean }) {
  return (
    <legend>
      {label}
      {required && <RequiredMark />}
    </legend>
  );
}

export function Field(props: FieldProps) {
  const t = useT();
  const issues = issuesFor(props.problem, props.name);
  const message =
    props.message ?? (props.missing ? t('field.required') : issues[0] ? issueText(t, issues[0]) : undefined);
  return (
    <TextField
      className="field"
      name={props.name}
      value={props.value}
      onChange={props.onChange}
      isRequired={props.required ?? false}
      isInvalid={message !== undefined}
      validationBehavior="aria"
      type={props.type ?? 'text'}
      {...(props.autoComplete ? { autoComplete: props.autoComplete } : {})}
    >
      <Label>
        {props.label}
        {props.required && <RequiredMark />}
      </Label>
      {/* Typed text takes the direction of its own first letter (English in an Arabic form, and back). */}
      {props.multiline ? <TextArea rows={4} dir="auto" /> : <Input dir="auto" />}
      {props.description && <Text slot="description">{props.description}</Text>}
      <FieldError>{message}</FieldError>
    </TextField>
  );
}

export interface Option {
  readonly id: string;
  readonly label: string;
  readonly lang?: string;
}

export function Choice(props: {
  readonly name: string;
  readonly label: string;
  readonly options: readonly Option[];
  readonly value: string | null;
  onChange(value: string): void;
  readonly required?: boolean;
  readonly problem?: unknown;
  readonly missing?: boolean;
  readonly description?: ReactNode;
}) {
  const t = useT();
  const issues = issuesFor(props.problem, props.name);
  const message = props.missing ? t('field.required') : issues[0] ? issueText(t, issues[0]) : undefined;
  return (
    <Select
      className="field"
      name={props.name}
      selectedKey={props.value}
      onSelectionChange={(key) => props.onChange(String(key))}
      isRequired={props.required ?? false}
      isInvalid={message !== undefined}
      validationBehavior="aria"
      placeholder={t('field.choose')}
    >
      <Label>
        {props.label}
        {props.required && <RequiredMark />}
      </Label>
      <AriaButton className="select-button">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </AriaButton>
      {props.description && <Text slot="description">{props.description}</Text>}
      <FieldError>{message}</FieldError>
      <Popover>
        <ListBox>
          {props.options.map((o) => (
            <ListBoxItem key={o.id} id={o.id} textValue={o.label} {...(o.lang ? { lang: o.lang } : {})}>
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

export function Tick(props: {
  readonly label: string;
  readonly checked: boolean;
  onChange(value: boolean): void;
}) {
  return (
    <Checkbox className="tick" isSelected={props.checked} onChange={props.onChange}>
      <span className="tick-box" aria-hidden="true" />
      {props.label}
    </Checkbox>
  );
}
