import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { SettingsView } from '@/features/settings/components/settings-view';
import { useSelectedMonth } from '@/hooks/use-selected-month';

import { OwnerOnly } from './owner-only';

export function SettingsRoute() {
  const { t } = useTranslation();
  const month = useSelectedMonth();
  return (
    <OwnerOnly>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <SettingsView currentPeriod={month.currentPeriod} />
    </OwnerOnly>
  );
}
