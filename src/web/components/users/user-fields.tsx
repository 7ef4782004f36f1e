/**
 * What an administrator says about a person, whether opening their account or changing it:
 * name, e-mail, roles and the authority they belong to. The node's answer about any of these
 * is shown at the field.
 */
import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { issuesFor } from '../../api/client';
import { useOwnAuthorities } from '../../api/queries';
import type { UserView } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { TERMS, term } from '../../i18n/terms';
import { Choice, Field, RequiredMark } from '../fields';
import { issueText } from '../problem';

/** Roles a person can hold (`system` is the node's own). */
const ROLES = Object.keys(TERMS.role).filter((r) => r !== 'system');
export const NO_AUTHORITY = 'none';

export interface UserDraft {
  displayName: string;
  email: string;
  roles: string[];
  authorityId: string;
}

export function UserFields(props: {
  readonly draft: UserDraft;
  onChange(draft: UserDraft): void;
  readonly problem: unknown;
  readonly missingRoles?: boolean;
}) {
  const t = useT();
  const authorities = useOwnAuthorities();
  const { draft } = props;
  const set = (change: Partial<UserDraft>) => props.onChange({ ...draft, ...change });
  const roleIssue = issuesFor(props.problem, 'roles')[0];
  const roleMessage = props.missingRoles
    ? t('field.required')
    : roleIssue
      ? issueText(t, roleIssue)
      : undefined;
  return (
    <>
      <Field
        name="displayName"
        label={t('users.displayName')}
        description={t('users.displayNameHelp')}
        value={draft.displayName}
        onChange={(displayName) => set({ displayName })}
        problem={props.problem}
      />
      <Field
        name="email"
        label={t('users.email')}
        description={t('users.emailHelp')}
        value={draft.email}
        onChange={(email) => set({ email })}
        autoComplete="off"
        problem={props.problem}
      />
      <CheckboxGroup
        className="field check-group"
        name="roles"
        value={draft.roles}
        onChange={(roles) => set({ roles })}
        // Not `isRequired`: that puts `required` on every box and the browser's own check would
        // stop the form before the node or this page could say anything at the group.
        isInvalid={roleMessage !== undefined}
        validationBehavior="aria"
      >
        <Label className="group-label">
          {t('users.roles')}
          <RequiredMark />
        </Label>
        <Text slot="description">{t('users.rolesHelp')}</Text>
        <div className="check-list">
          {ROLES.map((role) => (
            <Checkbox key={role} value={role} className="tick">
              <span className="tick-box" aria-hidden="true" />
              {term(t, 'role', role)}
            </Checkbox>
          ))}
        </div>
        <FieldError>{roleMessage}</FieldError>
      </CheckboxGroup>
      <Choice
        name="authorityId"
        label={t('users.authority')}
        description={t('users.authorityHelp')}
        options={[
          { id: NO_AUTHORITY, label: t('users.noAuthority') },
          ...(authorities.data ?? []).map((a) => ({ id: a.id, label: a.name })),
        ]}
        value={draft.authorityId}
        onChange={(authorityId) => set({ authorityId })}
        problem={props.problem}
      />
    </>
  );
}

/** The API's body for these fields (empty text is "none"). */
export function userBody(draft: UserDraft) {
  return {
    ...(draft.displayName.trim() ? { displayName: draft.displayName.trim() } : {}),
    email: draft.email.trim() ? draft.email.trim() : null,
    roles: draft.roles as UserView['roles'],
    authorityId: draft.authorityId === NO_AUTHORITY ? null : draft.authorityId,
  };
}
