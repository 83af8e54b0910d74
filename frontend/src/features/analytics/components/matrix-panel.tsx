import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import type { Period } from '@/lib/period';

import { useConversionMatrix } from '../api/get-conversion-matrix';
import { matrixReadings } from '../lib/readings';

import { ConversionMatrixTable } from './conversion-matrix';
import { MatrixReadings } from './matrix-readings';

/** Lead quality or selling: the readings, then the heat map behind them. */
export function MatrixPanel({ period }: { period: Period }) {
  const { t } = useTranslation();
  const [result, reexecute] = useConversionMatrix(period);
  return (
    <Card title={t('analytics.matrix.heading')} className="analytics__matrix">
      <QueryView
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loading={<Loading variant="block" />}
      >
        {({ conversionMatrix: matrix }) =>
          matrix.leads === 0 ? (
            <EmptyState title={t('analytics.matrix.empty')} hint={t('common.noDataHint')} />
          ) : (
            <>
              <MatrixReadings readings={matrixReadings(matrix)} />
              <ConversionMatrixTable matrix={matrix} />
              <p className="matrix__legend">{t('analytics.matrix.legend')}</p>
              <p className="matrix__legend">{t('analytics.matrix.matures')}</p>
            </>
          )
        }
      </QueryView>
    </Card>
  );
}
