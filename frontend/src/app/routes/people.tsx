import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { useCompany } from '@/lib/company';
import { PeopleView } from '@/features/people/components/people-view';

import { OwnerOnly } from './owner-only';

export function PeopleRoute() {
  const { t } = useTranslation();
  const { name } = useCompany();
  return (
    <OwnerOnly>
      <PageHeader title={t('people.title')} subtitle={name} />
      <PeopleView />
    </OwnerOnly>
  );
}
