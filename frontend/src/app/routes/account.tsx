import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { AccountView } from '@/features/account/components/account-view';
import { useSignedInEmployee } from '@/features/auth/hooks/use-session';

/** Everyone's own page (reached from the account menu in the header): who you are, your password. */
export function AccountRoute() {
  const { t } = useTranslation();
  const me = useSignedInEmployee();
  return (
    <>
      <PageHeader title={t('account.title')} subtitle={me.fullName} />
      <AccountView me={me} />
    </>
  );
}
