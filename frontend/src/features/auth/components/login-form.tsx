import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { errorCodeKey, firstErrorCode, type ErrorCodeText } from '@/lib/error-codes';

import { LoginDocument } from '../api/login';
import { useSession } from '../hooks/use-session';

import './login-form.css';

export function LoginForm() {
  const { t } = useTranslation();
  const session = useSession();
  const [, login] = useMutation(LoginDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<'required' | 'wrongCredentials' | 'failed' | null>(null);
  // A refusal the form has no words of its own for (throttled, deactivated): the text of its code.
  const [refusal, setRefusal] = useState<ErrorCodeText | null>(null);
  const errorId = useId();
  const emailId = useId();
  const passwordId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    if (!email.trim() || !password) {
      setError('required');
      return;
    }
    setSubmitting(true);
    setError(null);
    setRefusal(null);
    const result = await login({ email: email.trim(), password });
    if (result.data?.login) {
      // Stay disabled: the page changes as soon as the session is loaded.
      session.signedIn();
      return;
    }
    setSubmitting(false);
    // Translated by the answer's code; a 401 means the request itself was refused (a stale session cookie).
    const code = result.error?.response?.status === 401 ? undefined : firstErrorCode(result.error);
    if (code === 'WRONG_CREDENTIALS') setError('wrongCredentials');
    else if (code === 'TOO_MANY_FAILED_SIGN_INS' || code === 'ACCOUNT_INACTIVE') setRefusal(code);
    else setError('failed');
  }

  const describedBy = error || refusal ? errorId : undefined;

  return (
    <form className="login-form" onSubmit={onSubmit} noValidate aria-describedby={describedBy}>
      <div className="login-form__field">
        <label htmlFor={emailId}>{t('auth.email')}</label>
        <input
          id={emailId}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          aria-invalid={error === 'required' || error === 'wrongCredentials' ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => setEmail(event.target.value)}
        />
      </div>
      <div className="login-form__field">
        <label htmlFor={passwordId}>{t('auth.password')}</label>
        <input
          id={passwordId}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={error === 'required' || error === 'wrongCredentials' ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <div id={errorId} className="login-form__error" role="alert">
        {error && t(`auth.${error}`)}
        {refusal && t(errorCodeKey(refusal))}
      </div>
      <button type="submit" className="button button--primary login-form__submit" disabled={submitting}>
        {submitting ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}
