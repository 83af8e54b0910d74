/** English texts of auth (lib/locales/en.ts puts every part together). */
export const auth = {
  title: 'Sign in',
  intro: 'Sign in to see your month against the shared plan.',
  email: 'E-mail',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  wrongCredentials: 'Wrong e-mail or password',
  sessionExpired: 'Your session has expired, please sign in again',
  failed: 'Could not sign in. Try again.',
  required: 'Enter your e-mail and password',
};
