import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { ErrorBox } from '@/components/ui/error-box';
import { Loading } from '@/components/ui/loading';
import type { RecordKind } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';

import { HistoryNamesDocument, RecordHistoryDocument } from '../api/corrections';

const HISTORY_CONTEXT = { additionalTypenames: ['Deal', 'Lead', 'Spend', 'Client', 'Channel'] };
const NAMES_CONTEXT = { additionalTypenames: ['Employee', 'Channel', 'Client'] };

const MONEY = new Set(['revenue', 'cost', 'grossMargin', 'amount']);
const DAYS = new Set(['closedOn', 'day']);
const MOMENTS = new Set(['createdAt', 'assignedAt', 'closedAt']);
const PEOPLE = new Set(['marketerId', 'assigneeId', 'salespersonId', 'accountManagerId', 'acquiredById']);
const FIELDS = new Set([
  ...MONEY,
  ...DAYS,
  ...MOMENTS,
  ...PEOPLE,
  'clientId',
  'leadId',
  'channelId',
  'status',
  'lostReason',
  'externalId',
  'name',
  'archived',
]);

/** Writes a history value (ids, ISO days, decimals, codes as the API keeps them) in words. */
function useHistoryValue() {
  const { t } = useTranslation();
  const format = useFormat();
  const dates = format;
  const [names] = useQuery({ query: HistoryNamesDocument, context: NAMES_CONTEXT });
  const people = useMemo(() => new Map(names.data?.employees.map((e) => [e.id, e.fullName])), [names.data]);
  const channels = useMemo(
    () => new Map(names.data?.channels.edges.map(({ node }) => [node.id, node.name])),
    [names.data],
  );

  const clients = useMemo(
    () => new Map(names.data?.clients.edges.map(({ node }) => [node.id, node.name])),
    [names.data],
  );

  return (field: string, value: string | null | undefined): string => {
    if (value == null || value === '') return t('corrections.empty');
    if (MONEY.has(field)) return format.money(value);
    if (DAYS.has(field)) return dates.day(value);
    if (MOMENTS.has(field)) return dates.dateTime(value);
    if (PEOPLE.has(field)) return people.get(value) ?? t('corrections.unknownPerson');
    switch (field) {
      case 'channelId':
        return channels.get(value) ?? value;
      case 'clientId':
        return clients.get(value) ?? t('corrections.clientRef', { id: value });
      case 'leadId':
        return t('corrections.leadRef', { id: value });
      case 'status':
        return t(`leadStatus.${value}` as 'leadStatus.OPEN');
      case 'lostReason':
        return t(`lostReason.${value}` as 'lostReason.OTHER');
      case 'archived':
        return value === 'true' ? t('corrections.yes') : t('corrections.no');
      default:
        return value;
    }
  };
}

function useFieldName() {
  const { t } = useTranslation();
  return (field: string) => (FIELDS.has(field) ? t(`corrections.field.${field}` as 'corrections.field.name') : field);
}

type RecordHistoryProps = { kind: RecordKind; id: string; label: string; onClose: () => void };

/** Who changed the record, when, how and why, oldest first, creation included. */
export function RecordHistory({ kind, id, label, onClose }: RecordHistoryProps) {
  const { t } = useTranslation();
  const dates = useFormat();
  const valueOf = useHistoryValue();
  const fieldName = useFieldName();
  const [result, reexecute] = useQuery({
    query: RecordHistoryDocument,
    variables: { kind, id },
    context: HISTORY_CONTEXT,
  });
  const entries = result.data?.recordHistory;

  return (
    <section className="records-panel" aria-label={t('corrections.historyLabel', { record: label })}>
      <h3 className="records-panel__title">{t('corrections.historyLabel', { record: label })}</h3>
      {!entries && !result.error && <Loading />}
      {result.error && <ErrorBox error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {entries && entries.length === 0 && <p>{t('corrections.historyEmpty')}</p>}
      {entries && entries.length > 0 && (
        <ol className="history">
          {entries.map((entry, index) => (
            <li key={index} className={`history__entry history__entry--${entry.action.toLowerCase()}`}>
              <p className="history__head">
                <strong>{t(`corrections.action.${entry.action}`)}</strong>
                {' · '}
                <time dateTime={entry.at}>{dates.dateTime(entry.at)}</time>
                {' · '}
                {entry.by ? entry.by.fullName : t('corrections.unknownPerson')}
              </p>
              {entry.reason && <p className="history__reason">{entry.reason}</p>}
              {entry.changes.length > 0 && (
                <ul className="history__changes">
                  {entry.changes.map((change) => (
                    <li key={change.field}>
                      {entry.action === 'CREATED' || change.from == null
                        ? t('corrections.set', { field: fieldName(change.field), to: valueOf(change.field, change.to) })
                        : t('corrections.changed', {
                            field: fieldName(change.field),
                            from: valueOf(change.field, change.from),
                            to: valueOf(change.field, change.to),
                          })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('corrections.close')}
        </button>
      </div>
    </section>
  );
}

/** The "Voided" badge of a voided record, with its reason from the record's history. */
export function VoidReason({ kind, id }: { kind: RecordKind; id: string }) {
  const { t } = useTranslation();
  const [result] = useQuery({ query: RecordHistoryDocument, variables: { kind, id }, context: HISTORY_CONTEXT });
  const reason = result.data?.recordHistory.findLast((entry) => entry.action === 'VOIDED')?.reason;
  return (
    <span className="records__voided-badge">
      {reason ? t('corrections.voidedReason', { reason }) : t('corrections.voided')}
    </span>
  );
}
