import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import type { Period } from '@/lib/period';

import { useHandoffs } from '../api/get-handoffs';

import { HandoffLedger } from './handoff-ledger';

import './handoff-ledger.css';

/** The "Hand-overs" card on Team: the same ledger for every role. */
export function HandoffSection({ period }: { period: Period }) {
  const { t } = useTranslation();
  const [result, reexecute] = useHandoffs(period);
  return (
    <Card title={t('handoffs.heading')}>
      <p className="ledger__intro">{t('handoffs.intro')}</p>
      <QueryView result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} loading={<Loading />}>
        {({ handoffs }) =>
          handoffs.length === 0 ? <EmptyState title={t('handoffs.empty')} /> : <HandoffLedger handoffs={handoffs} />
        }
      </QueryView>
    </Card>
  );
}
