import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';

import { TEMPLATE_SOURCES, templateUrl } from '../api/upload-import';

/**
 * Tandem's own CSV templates. The backend serves them to anyone (they hold no company data, only
 * headers and an example row), so plain download links do; no session header is needed.
 */
export function ImportTemplates() {
  const { t } = useTranslation();
  return (
    <Card title={t('imports.templates.heading')}>
      <p className="muted">{t('imports.templates.intro')}</p>
      <ul className="import-templates">
        {TEMPLATE_SOURCES.map((source) => (
          <li key={source}>
            <a href={templateUrl(source)} download={`${source}.csv`} className="button button--secondary">
              {t(`imports.templates.${source}`)}
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
