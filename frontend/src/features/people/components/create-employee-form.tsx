import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import { PasswordInput } from '@/components/ui/password-input';
import type { Position, Role } from '@/gql/graphql';
import { useFormMutation } from '@/hooks/use-form-mutation';

import { CreateEmployeeDocument } from '../api/people';

import { PositionSelect, RoleSelect } from './employee-fields';

const FIELDS = ['fullName', 'email', 'password', 'role', 'position'] as const;

export function CreateEmployeeForm() {
  const { t } = useTranslation();
  const form = useFormMutation(CreateEmployeeDocument, FIELDS);
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('EMPLOYEE');
  const [position, setPosition] = useState<Position | ''>('HUNTER');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await form.submit({
      input: {
        fullName: fullName.trim() || null,
        email: email.trim() || null,
        password: password || null,
        role,
        position: position || null,
      },
    });
    if (data) {
      setFullName('');
      setEmail('');
      setPassword('');
    }
  }

  const e = form.errors.fields;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('people.createHeading')}>
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
        <Field name="email" label={t('people.email')} problem={e.email}>
          {(props) => (
            <input
              {...props}
              className="input"
              type="email"
              autoComplete="off"
              value={email}
              onChange={(ev) => setEmail(ev.target.value)}
            />
          )}
        </Field>
        <Field name="password" label={t('people.password')} hint={t('people.passwordHint')} problem={e.password}>
          {(props) => (
            <PasswordInput {...props} autoComplete="new-password" value={password} onValueChange={setPassword} />
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
          {t('people.create')}
        </button>
        <FormStatus message={form.saved ? t('people.created') : null} />
      </div>
    </form>
  );
}
