import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import { PasswordInput } from '@/components/ui/password-input';
import { useFormMutation } from '@/hooks/use-form-mutation';
import type { FormProblem } from '@/lib/form-errors';

import { ChangePasswordDocument } from '../api/change-password';
import { repeatMismatch } from '../lib/repeat-password';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/**
 * The signed-in person's own password. The repeat is checked here (a mismatch sends nothing); the
 * API judges the rest (wrong current password, too short, unchanged) and its answer lands at the field.
 */
export function ChangePasswordForm({ email }: { email?: string | null }) {
  const { t } = useTranslation();
  const form = useFormMutation(ChangePasswordDocument, FIELDS);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [repeatProblem, setRepeatProblem] = useState<FormProblem | undefined>();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const mismatch = repeatMismatch(newPassword, repeat);
    setRepeatProblem(mismatch);
    if (mismatch) {
      form.reset();
      return;
    }
    const data = await form.submit({ currentPassword: currentPassword || null, newPassword: newPassword || null });
    if (data) {
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
    }
  }

  const e = form.errors.fields;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('account.passwordHeading')}>
      {/* Tells password managers whose password this is; never shown. */}
      {email && <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />}
      <div className="form__grid account__password-grid">
        <Field name="currentPassword" label={t('account.currentPassword')} problem={e.currentPassword}>
          {(props) => (
            <PasswordInput
              {...props}
              autoComplete="current-password"
              value={currentPassword}
              onValueChange={setCurrentPassword}
            />
          )}
        </Field>
        <Field
          name="newPassword"
          label={t('account.newPassword')}
          hint={t('account.newPasswordHint')}
          problem={e.newPassword}
        >
          {(props) => (
            <PasswordInput {...props} autoComplete="new-password" value={newPassword} onValueChange={setNewPassword} />
          )}
        </Field>
        <Field name="repeatPassword" label={t('account.repeatPassword')} problem={repeatProblem}>
          {(props) => <PasswordInput {...props} autoComplete="new-password" value={repeat} onValueChange={setRepeat} />}
        </Field>
      </div>
      <FormAlert problems={form.errors.form} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.fetching}>
          {t('account.submit')}
        </button>
        <FormStatus message={form.saved ? t('account.changed') : null} />
      </div>
    </form>
  );
}
