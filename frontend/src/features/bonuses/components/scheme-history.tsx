import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import type { Metric } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';

import { useBonusSchemeHistory } from '../api/bonuses';

const SHOWN = 30;

/** Who changed which scheme, when, from what to what (bonusSchemeHistory), newest first. */
export function SchemeHistory() {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, reexecute] = useBonusSchemeHistory();

  /** A stored value as the owner typed it: money, per cent, a metric, or "TURNOVER=0.6, …" weights. */
  function value(field: string, text: string | null | undefined): string {
    if (text == null) return '—';
    switch (field) {
      case 'targetBonus':
        return format.money(text);
      case 'gate':
      case 'cap':
        return format.percent(text);
      case 'sharedMetric':
        return t(`metric.${text as Metric}`);
      case 'weights':
        return text
          .split(', ')
          .filter(Boolean)
          .map((pair) => {
            const [metric, weight] = pair.split('=');
            return `${t(`metric.${metric as Metric}`)} ${format.percent(weight)}`;
          })
          .join(', ');
      default:
        return text;
    }
  }

  return (
    <Card title={t('bonuses.historyHeading')}>
      <QueryView result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} loading={<Loading />}>
        {({ bonusSchemeHistory }) =>
          bonusSchemeHistory.length === 0 ? (
            <p className="muted">{t('bonuses.historyEmpty')}</p>
          ) : (
            <ol className="bonuses__history" aria-label={t('bonuses.historyHeading')}>
              {bonusSchemeHistory.slice(0, SHOWN).map((change) => (
                <li key={change.id}>
                  <span className="muted">
                    {t('bonuses.historyWho', {
                      name: change.changedBy.fullName,
                      at: format.dateTime(change.changedAt),
                    })}
                  </span>{' '}
                  {t('bonuses.historyChange', {
                    position: t(`position.${change.position}`),
                    field: t(`bonuses.historyField.${change.field}`, { defaultValue: change.field }),
                    from: value(change.field, change.oldValue),
                    to: value(change.field, change.newValue),
                  })}
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
    </Card>
  );
}
