import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { useSignedInEmployee } from '@/features/auth/hooks/use-session';
import { useCompany } from '@/lib/company';
import { PeopleView } from '@/features/people/components/people-view';

import { OwnerOnly } from './owner-only';

export function PeopleRoute() {
  const { t } = useTranslation();
  const { name } = useCompany();
  const me = useSignedInEmployee();
  return (
    <OwnerOnly>
      <PageHeader title={t('people.title')} subtitle={name} />
      <PeopleView currentEmployeeId={me.id} />
    </OwnerOnly>
  );
}
