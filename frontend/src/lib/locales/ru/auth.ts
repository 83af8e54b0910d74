import type { Translation } from '../en';

/** Russian texts of auth (lib/locales/ru.ts puts every part together). */
export const auth: Translation['auth'] = {
  title: 'Вход',
  intro: 'Войдите, чтобы увидеть свой месяц на фоне общего плана.',
  email: 'Эл. почта',
  password: 'Пароль',
  submit: 'Войти',
  submitting: 'Входим…',
  wrongCredentials: 'Неверная эл. почта или пароль',
  sessionExpired: 'Сессия истекла, войдите снова',
  failed: 'Не удалось войти. Попробуйте снова.',
  required: 'Введите эл. почту и пароль',
};
