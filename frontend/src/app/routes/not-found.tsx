import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('errors.notFoundTitle')} subtitle={t('errors.notFoundText')} />
      <Link to="/">{t('errors.backHome')}</Link>
    </>
  );
}
