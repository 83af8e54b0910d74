import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/use-format';
import type { Period } from '@/lib/period';

import {
  RecordsChannelsDocument,
  RecordsClientsDocument,
  RecordsDealsDocument,
  RecordsLeadsDocument,
  RecordsSpendsDocument,
} from '../api/get-records';
import { useDates } from '../hooks/use-dates';

import { PagedTable } from './paged-table';

const DASH = '—';

export function LeadsList({ period }: { period: Period }) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <PagedTable
      key={period}
      query={RecordsLeadsDocument}
      variables={{ period }}
      connection={(data) => data.leads}
      typenames={['Lead', 'Deal']}
      caption={t('records.tabs.leads')}
      emptyTitle={t('records.lead.empty')}
      emptyHint={t('records.emptyHint')}
      head={
        <tr>
          <th scope="col">{t('records.lead.createdAt')}</th>
          <th scope="col">{t('records.lead.channel')}</th>
          <th scope="col">{t('records.lead.marketer')}</th>
          <th scope="col">{t('records.lead.assignee')}</th>
          <th scope="col">{t('records.lead.status')}</th>
        </tr>
      }
      row={(lead) => (
        <tr key={lead.id}>
          <th scope="row">
            {dates.moment(lead.createdAt)}
            {lead.externalId && <span className="records__sub"> · {lead.externalId}</span>}
          </th>
          <td data-label={t('records.lead.channel')}>{lead.channel.name}</td>
          <td data-label={t('records.lead.marketer')}>{lead.marketer.fullName}</td>
          <td data-label={t('records.lead.assignee')}>{lead.assignee?.fullName ?? DASH}</td>
          <td data-label={t('records.lead.status')}>
            <span className={`lead-status lead-status--${lead.status.toLowerCase()}`}>{t(`leadStatus.${lead.status}`)}</span>
            {lead.lostReason && <span className="records__sub"> · {t(`lostReason.${lead.lostReason}`)}</span>}
          </td>
        </tr>
      )}
    />
  );
}

export function DealsList({ period }: { period: Period }) {
  const { t } = useTranslation();
  const dates = useDates();
  const format = useFormat();
  return (
    <PagedTable
      key={period}
      query={RecordsDealsDocument}
      variables={{ period }}
      connection={(data) => data.deals}
      typenames={['Deal']}
      caption={t('records.tabs.deals')}
      emptyTitle={t('records.deal.empty')}
      emptyHint={t('records.emptyHint')}
      head={
        <tr>
          <th scope="col">{t('records.deal.closedOn')}</th>
          <th scope="col">{t('records.deal.client')}</th>
          <th scope="col">{t('records.deal.salesperson')}</th>
          <th scope="col">{t('records.deal.source')}</th>
          <th scope="col" className="data-table__num">
            {t('records.deal.revenue')}
          </th>
          <th scope="col" className="data-table__num">
            {t('records.deal.cost')}
          </th>
          <th scope="col" className="data-table__num">
            {t('records.deal.grossMargin')}
          </th>
        </tr>
      }
      row={(deal) => (
        <tr key={deal.id}>
          <th scope="row">{dates.day(deal.closedOn)}</th>
          <td data-label={t('records.deal.client')}>{deal.client.name}</td>
          <td data-label={t('records.deal.salesperson')}>{deal.salesperson.fullName}</td>
          <td data-label={t('records.deal.source')}>{deal.lead ? deal.lead.channel.name : t('records.deal.direct')}</td>
          <td data-label={t('records.deal.revenue')} className="data-table__num">
            {format.money(deal.revenue)}
          </td>
          <td data-label={t('records.deal.cost')} className="data-table__num">
            {format.money(deal.cost)}
          </td>
          <td
            data-label={t('records.deal.grossMargin')}
            className={Number(deal.grossMargin) < 0 ? 'data-table__num records__negative' : 'data-table__num'}
          >
            {format.money(deal.grossMargin)}
          </td>
        </tr>
      )}
    />
  );
}

export function ClientsList() {
  const { t } = useTranslation();
  return (
    <PagedTable
      query={RecordsClientsDocument}
      variables={{}}
      connection={(data) => data.clients}
      typenames={['Client', 'Deal']}
      caption={t('records.tabs.clients')}
      emptyTitle={t('records.client.empty')}
      head={
        <tr>
          <th scope="col">{t('records.client.name')}</th>
          <th scope="col">{t('records.client.acquiredBy')}</th>
          <th scope="col">{t('records.client.accountManager')}</th>
        </tr>
      }
      row={(client) => (
        <tr key={client.id}>
          <th scope="row">{client.name}</th>
          <td data-label={t('records.client.acquiredBy')}>{client.acquiredBy?.fullName ?? t('records.client.noDealYet')}</td>
          <td data-label={t('records.client.accountManager')}>{client.accountManager?.fullName ?? DASH}</td>
        </tr>
      )}
    />
  );
}

export function SpendsList({ period }: { period: Period }) {
  const { t } = useTranslation();
  const dates = useDates();
  const format = useFormat();
  return (
    <PagedTable
      key={period}
      query={RecordsSpendsDocument}
      variables={{ period }}
      connection={(data) => data.spends}
      typenames={['Spend']}
      caption={t('records.tabs.spend')}
      emptyTitle={t('records.spend.empty')}
      emptyHint={t('records.emptyHint')}
      head={
        <tr>
          <th scope="col">{t('records.spend.day')}</th>
          <th scope="col">{t('records.spend.channel')}</th>
          <th scope="col">{t('records.spend.marketer')}</th>
          <th scope="col" className="data-table__num">
            {t('records.spend.amount')}
          </th>
        </tr>
      }
      row={(spend) => (
        <tr key={spend.id}>
          <th scope="row">{dates.day(spend.day)}</th>
          <td data-label={t('records.spend.channel')}>{spend.channel.name}</td>
          <td data-label={t('records.spend.marketer')}>{spend.marketer.fullName}</td>
          <td data-label={t('records.spend.amount')} className="data-table__num">
            {format.money(spend.amount)}
          </td>
        </tr>
      )}
    />
  );
}

export function ChannelsList() {
  const { t } = useTranslation();
  return (
    <PagedTable
      query={RecordsChannelsDocument}
      variables={{}}
      connection={(data) => data.channels}
      typenames={['Channel']}
      caption={t('records.tabs.channels')}
      emptyTitle={t('records.channel.empty')}
      head={
        <tr>
          <th scope="col">{t('records.channel.name')}</th>
          <th scope="col">{t('records.channel.state')}</th>
        </tr>
      }
      row={(channel) => (
        <tr key={channel.id}>
          <th scope="row">{channel.name}</th>
          <td data-label={t('records.channel.state')}>
            {channel.archived ? t('records.channel.archived') : t('records.channel.active')}
          </td>
        </tr>
      )}
    />
  );
}
