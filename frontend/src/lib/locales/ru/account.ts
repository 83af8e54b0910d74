import type { Translation } from '../en';

/** Russian texts of account (lib/locales/ru.ts puts every part together). */
export const account: Translation['account'] = {
  title: 'Учётная запись',
  profileHeading: 'Вы',
  name: 'Имя',
  email: 'Эл. почта',
  role: 'Роль',
  position: 'Должность',
  noPosition: 'Нет',
  passwordHeading: 'Смена пароля',
  passwordIntro:
    'Здесь вы останетесь в системе, на всех остальных устройствах и в других браузерах будет выполнен выход.',
  currentPassword: 'Текущий пароль',
  newPassword: 'Новый пароль',
  newPasswordHint: 'Не короче 12 символов',
  repeatPassword: 'Новый пароль ещё раз',
  submit: 'Сменить пароль',
  changed: 'Пароль изменён. На всех остальных устройствах выполнен выход.',
  digest: {
    heading: 'Еженедельная сводка',
    intro:
      'Каждый понедельник в 09:00 — письмо с вашими KPI, вашей долей в общем плане и бонусом на сегодня, на языке, который вы выбрали здесь. Ниже — письмо таким, каким оно ушло бы сейчас.',
    subscribe: 'Присылать мне еженедельную сводку',
    on: 'Сводка приходит вам каждый понедельник.',
    off: 'Сводка вам не приходит.',
    mailOff: 'На этом сервере не настроена почта: сводку никто не получит, пока администратор не настроит SMTP.',
    subject: 'Тема:',
    previewTitle: 'Предпросмотр вашей еженедельной сводки',
  },
};
