import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import type { Position, Role } from '@/gql/graphql';
import { useFormMutation } from '@/hooks/use-form-mutation';

import { DeactivateEmployeeDocument, UpdateEmployeeDocument } from '../api/people';

import { PositionSelect, RoleSelect } from './employee-fields';
import { ResetPasswordForm } from './reset-password-form';

const FIELDS = ['fullName', 'role', 'position'] as const;

type Person = {
  id: string;
  fullName: string;
  role: Role;
  position?: Position | null;
  active: boolean;
  version: number;
};

type EditEmployeeFormProps = {
  person: Person;
  /** Whether the person is the signed-in owner: they change their own password on the Account page. */
  isSelf: boolean;
  onDone: () => void;
};

/**
 * Name, role and position of one person; a new password for a colleague who forgot theirs;
 * deactivation after a second, explicit confirmation.
 */
export function EditEmployeeForm({ person, isSelf, onDone }: EditEmployeeFormProps) {
  const { t } = useTranslation();
  const form = useFormMutation(UpdateEmployeeDocument, FIELDS);
  const deactivation = useFormMutation(DeactivateEmployeeDocument, []);
  const [fullName, setFullName] = useState(person.fullName);
  const [role, setRole] = useState<Role>(person.role);
  const [position, setPosition] = useState<Position | ''>(person.position ?? '');
  const [confirming, setConfirming] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await form.submit({
      // expectedVersion: another owner's change made while this form was open is not overwritten (CONFLICT).
      input: {
        id: person.id,
        fullName: fullName.trim() || null,
        role,
        position: position || null,
        expectedVersion: person.version,
      },
    });
    if (data) onDone();
  }

  async function deactivate() {
    const data = await deactivation.submit({ id: person.id });
    if (data) onDone();
  }

  const e = form.errors.fields;
  return (
    <div className="people-edit">
      <form
        className="form"
        onSubmit={onSubmit}
        noValidate
        aria-label={t('people.editHeading', { name: person.fullName })}
      >
        <div className="form__grid">
          <Field name="fullName" label={t('people.fullName')} problem={e.fullName}>
            {(props) => (
              <input
                {...props}
                className="input"
                autoComplete="off"
                value={fullName}
                onChange={(ev) => setFullName(ev.target.value)}
              />
            )}
          </Field>
          <Field name="role" label={t('people.role')} problem={e.role}>
            {(props) => <RoleSelect {...props} value={role} onChange={setRole} />}
          </Field>
          <Field name="position" label={t('people.position')} problem={e.position}>
            {(props) => <PositionSelect {...props} value={position} onChange={setPosition} />}
          </Field>
        </div>
        <FormAlert problems={form.errors.form} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={form.fetching}>
            {t('people.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('people.cancel')}
          </button>
          <FormStatus message={form.saved ? t('people.saved') : null} />
        </div>
      </form>
      {person.active && !isSelf && <ResetPasswordForm person={person} />}
      {person.active && (
        <div className="people-edit__danger">
          {confirming ? (
            <div role="group" aria-label={t('people.deactivate')} className="people-edit__confirm">
              <p className="people-edit__question">{t('people.confirmDeactivate', { name: person.fullName })}</p>
              <div className="form__actions">
                <button
                  type="button"
                  className="button button--danger"
                  disabled={deactivation.fetching}
                  onClick={() => void deactivate()}
                >
                  {t('people.confirmYes')}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                  {t('people.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
              {t('people.deactivate')}
            </button>
          )}
          <FormAlert
            problems={[
              ...deactivation.errors.form,
              ...Object.values(deactivation.errors.fields).filter((p) => p != null),
            ]}
          />
        </div>
      )}
    </div>
  );
}
