import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import { PasswordInput } from '@/components/ui/password-input';
import { useFormMutation } from '@/hooks/use-form-mutation';

import { ResetPasswordDocument } from '../api/people';

const FIELDS = ['newPassword'] as const;

/** Owner: a new password for a colleague who forgot theirs; every session they have ends. */
export function ResetPasswordForm({ person }: { person: { id: string; fullName: string } }) {
  const { t } = useTranslation();
  const form = useFormMutation(ResetPasswordDocument, FIELDS);
  const [newPassword, setNewPassword] = useState('');
  const headingId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await form.submit({ employeeId: person.id, newPassword: newPassword || null });
    if (data) setNewPassword('');
  }

  return (
    <section className="people-edit__password" aria-labelledby={headingId}>
      <h3 id={headingId} className="people-edit__heading">
        {t('people.resetHeading')}
      </h3>
      <p className="people-edit__intro">{t('people.resetIntro')}</p>
      {/* Unnamed: the section around it carries the name. */}
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className="form__grid">
          <Field
            name="newPassword"
            label={t('people.newPassword')}
            hint={t('people.passwordHint')}
            problem={form.errors.fields.newPassword}
          >
            {(props) => (
              <PasswordInput
                {...props}
                autoComplete="new-password"
                value={newPassword}
                onValueChange={setNewPassword}
              />
            )}
          </Field>
        </div>
        <FormAlert problems={form.errors.form} />
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={form.fetching}>
            {t('people.resetSubmit')}
          </button>
          <FormStatus message={form.saved ? t('people.resetDone', { name: person.fullName }) : null} />
        </div>
      </form>
    </section>
  );
}
