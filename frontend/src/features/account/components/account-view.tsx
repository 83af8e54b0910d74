import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { Stat, StatList } from '@/components/ui/stat-list';
import type { Position, Role } from '@/gql/graphql';

import { ChangePasswordForm } from './change-password-form';
import { DigestCard } from './digest-card';

import './account-view.css';

export type AccountPerson = {
  fullName: string;
  email?: string | null;
  role: Role;
  position?: Position | null;
};

function withBreakAfterAt(email: string) {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

/** Who the signed-in person is, their own password and their weekly digest. */
export function AccountView({ me }: { me: AccountPerson }) {
  const { t } = useTranslation();
  return (
    <div className="account">
      <Card title={t('account.profileHeading')}>
        <StatList>
          <Stat label={t('account.name')} value={me.fullName} />
          <Stat
            label={t('account.email')}
            value={<span className="account__email">{me.email ? withBreakAfterAt(me.email) : '—'}</span>}
          />
          <Stat label={t('account.role')} value={t(`role.${me.role}`)} />
          <Stat
            label={t('account.position')}
            value={me.position ? t(`position.${me.position}`) : t('account.noPosition')}
          />
        </StatList>
      </Card>
      <Card title={t('account.passwordHeading')}>
        <p className="account__intro">{t('account.passwordIntro')}</p>
        <ChangePasswordForm email={me.email} />
      </Card>
      <DigestCard />
    </div>
  );
}
