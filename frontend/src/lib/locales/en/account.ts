/** English texts of account (lib/locales/en.ts puts every part together). */
export const account = {
  title: 'Account',
  profileHeading: 'You',
  name: 'Name',
  email: 'E-mail',
  role: 'Role',
  position: 'Position',
  noPosition: 'None',
  passwordHeading: 'Change password',
  passwordIntro: 'You stay signed in here; every other device and browser is signed out.',
  currentPassword: 'Current password',
  newPassword: 'New password',
  newPasswordHint: 'At least 12 characters',
  repeatPassword: 'Repeat the new password',
  submit: 'Change password',
  changed: 'Password changed. You were signed out everywhere else.',
  digest: {
    heading: 'Weekly digest',
    intro:
      'Every Monday at 09:00 an e-mail with your KPIs, your part of the shared plan and your bonus so far, in the language you use here. Below is the e-mail as it would go out now.',
    subscribe: 'Send me the weekly digest',
    on: 'You get the digest every Monday.',
    off: 'You do not get the digest.',
    mailOff: 'E-mail is not configured on this server: nobody gets the digest until an administrator sets up SMTP.',
    subject: 'Subject:',
    previewTitle: 'Preview of your weekly digest',
  },
};
