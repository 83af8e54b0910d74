import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { useSignedInEmployee } from '@/features/auth/hooks/use-session';
import { IMPORT_SOURCES } from '@/features/imports/api/upload-import';
import { ImportsView } from '@/features/imports/components/imports-view';

import { NotFoundRoute } from './not-found';

const MARKETER_SOURCES = ['yandex-direct'] as const;

/**
 * Owners import every source and see the batches; a marketer uploads Direct spend for their own
 * channels (the API refuses the rest); to anyone else the address does not exist.
 */
export function ImportsRoute() {
  const { t } = useTranslation();
  const me = useSignedInEmployee();
  const owner = me.role === 'OWNER';
  if (!owner && me.position !== 'MARKETER') return <NotFoundRoute />;
  return (
    <>
      <PageHeader title={t('imports.title')} subtitle={owner ? t('imports.subtitle') : t('imports.subtitleMarketer')} />
      <ImportsView sources={owner ? IMPORT_SOURCES : MARKETER_SOURCES} showBatches={owner} />
    </>
  );
}
