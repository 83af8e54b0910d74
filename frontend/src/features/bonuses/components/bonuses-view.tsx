import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import type { Position } from '@/gql/graphql';
import type { Period } from '@/lib/period';

import { useBonusSchemes } from '../api/bonuses';

import { BonusRunCard } from './bonus-run';
import { SchemeForm } from './scheme-form';
import { SchemeHistory } from './scheme-history';

import './bonuses-view.css';

const POSITIONS: Position[] = ['HUNTER', 'FARMER', 'MARKETER'];

/** Owner: the month's bonus run, and the schemes every position's bonus follows. */
export function BonusesView({ period, currentPeriod }: { period: Period; currentPeriod: Period }) {
  const { t } = useTranslation();
  const [result, reexecute] = useBonusSchemes();

  return (
    <div className="bonuses">
      <BonusRunCard period={period} currentPeriod={currentPeriod} />
      <Card title={t('bonuses.schemesHeading')}>
        <p className="muted">{t('bonuses.schemesIntro')}</p>
        <QueryView
          result={result}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          loading={<Loading variant="cards" count={3} />}
        >
          {({ bonusSchemes }) => (
            <div className="bonuses__schemes">
              {POSITIONS.map((position) => {
                const scheme = bonusSchemes.find((s) => s.position === position);
                // Not keyed by version: a remount after a save would swallow "Scheme saved"; untouched fields
                // follow the refetch anyway, and expectedVersion is always the version shown.
                return <SchemeForm key={position} position={position} scheme={scheme} />;
              })}
            </div>
          )}
        </QueryView>
      </Card>
      <SchemeHistory />
    </div>
  );
}
