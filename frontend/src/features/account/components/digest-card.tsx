import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { QueryView } from '@/components/ui/query-view';

import { DigestPreviewDocument, SetDigestSubscriptionDocument } from '../api/digest';

/**
 * The weekly e-mail: the switch to get it or not, and the e-mail itself as it would go out now, in a frame that
 * may run nothing (sandbox="") so the e-mail's HTML cannot act on the app.
 */
export function DigestCard() {
  const { t } = useTranslation();
  // Asked again after setLanguage or setDigestSubscription (both answer an Employee, which urql's document cache
  // invalidates this query by): the preview is written in the language just saved.
  const [result, refetch] = useQuery({ query: DigestPreviewDocument, requestPolicy: 'cache-and-network' });
  const [saving, setSubscription] = useMutation(SetDigestSubscriptionDocument);

  return (
    <Card title={t('account.digest.heading')} className="account__digest">
      <QueryView result={result} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => {
          const subscribed = data.me.digestSubscription !== false;
          const preview = data.digestPreview;
          return (
            <>
              <p className="account__intro">{t('account.digest.intro')}</p>
              <label className="account__switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={subscribed}
                  disabled={saving.fetching}
                  onChange={(event) => void setSubscription({ enabled: event.target.checked })}
                />
                <span>{t('account.digest.subscribe')}</span>
              </label>
              <p className="account__digest-state" role="status">
                {subscribed ? t('account.digest.on') : t('account.digest.off')}
              </p>
              {saving.error && <ErrorBox error={saving.error} />}
              {!preview.mailConfigured && <p className="account__digest-note">{t('account.digest.mailOff')}</p>}
              <p className="account__digest-subject">
                <span>{t('account.digest.subject')}</span> <strong>{preview.subject}</strong>
              </p>
              <iframe
                className="account__digest-frame"
                title={t('account.digest.previewTitle')}
                sandbox=""
                srcDoc={preview.html}
              />
            </>
          );
        }}
      </QueryView>
    </Card>
  );
}
