import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import type { LeadStatus } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';
import type { Period } from '@/lib/period';

import { RecordsChannelsDocument } from '../api/get-channels';
import { RecordsClientsDocument } from '../api/get-clients';
import { RecordsDealsDocument } from '../api/get-deals';
import { RecordsLeadsDocument } from '../api/get-leads';
import { RecordsSpendsDocument } from '../api/get-spends';
import { useMayCorrect } from '../hooks/use-correction-access';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { usePeopleAndChannels } from '../hooks/use-record-options';
import { useRecordsPerson } from '../hooks/use-records-person';

import { EditDealForm } from './edit-deal-form';
import { EditLeadForm } from './edit-lead-form';
import { EditSpendForm } from './edit-spend-form';
import { FilterField, ListFilters } from './list-filters';
import { PagedTable } from '@/components/ui/paged-table';
import { RecordRow } from './record-row';
import { SelectOptions } from './select-options';

const DASH = '—';
const LEAD_STATUSES: LeadStatus[] = ['OPEN', 'WON', 'LOST'];

/**
 * What every correctable list shares: voided records on demand (in a list of their own, as the
 * API lists either voided or counting records), and a reload that fetches the list afresh.
 */
function useListState() {
  const [showVoided, setShowVoided] = useState(false);
  const [reloads, setReloads] = useState(0);
  return {
    showVoided,
    setShowVoided,
    reloads,
    reload: () => setReloads((n) => n + 1),
    /** After a void the record moves to the voided list: show it, so it stays in sight. */
    onVoided: () => setShowVoided(true),
  };
}

function ActionsHead() {
  const { t } = useTranslation();
  return (
    <th scope="col" className="records__actions-head">
      <span className="visually-hidden">{t('corrections.actions')}</span>
    </th>
  );
}

function VoidedSection({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="records__voided-section" aria-label={t('corrections.voidedHeading')}>
      <h3 className="records__voided-heading">{t('corrections.voidedHeading')}</h3>
      {children}
    </section>
  );
}

export function LeadsList({ period }: { period: Period }) {
  const { t } = useTranslation();
  const dates = useFormat();
  const me = useRecordsPerson();
  const mayCorrect = useMayCorrect();
  const { people, channels } = usePeopleAndChannels();
  const state = useListState();
  const ids = useId();
  const [search, setSearch] = useState('');
  const [channelId, setChannelId] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [status, setStatus] = useState<LeadStatus | ''>('');
  const settled = useDebouncedValue(search.trim());
  const filter = {
    search: settled || null,
    channelId: channelId || null,
    assigneeId: assigneeId || null,
    status: status || null,
  };
  const filtered = Boolean(settled || channelId || assigneeId || status);
  // A salesperson sees only the leads handed to them: no one else to pick.
  const picksAssignee = me.role === 'OWNER' || me.position === 'MARKETER';

  const list = (voided: boolean) => (
    <PagedTable
      key={`${period}|${JSON.stringify(filter)}|${voided}|${state.reloads}`}
      query={RecordsLeadsDocument}
      variables={{ period, filter: { ...filter, voided } }}
      connection={(data) => data.leads}
      typenames={['Lead', 'Deal']}
      caption={voided ? t('corrections.voidedHeading') : t('records.tabs.leads')}
      emptyTitle={voided ? t('corrections.noVoided') : filtered ? t('corrections.noMatches') : t('records.lead.empty')}
      emptyHint={voided || filtered ? undefined : t('records.emptyHint')}
      total={(count) => (voided ? t('corrections.voidedCount', { count }) : t('corrections.leadsCount', { count }))}
      head={
        <tr>
          <th scope="col">{t('records.lead.createdAt')}</th>
          <th scope="col">{t('records.lead.channel')}</th>
          <th scope="col">{t('records.lead.marketer')}</th>
          <th scope="col">{t('records.lead.assignee')}</th>
          <th scope="col">{t('records.lead.status')}</th>
          <ActionsHead />
        </tr>
      }
      row={(lead) => {
        const label = t('corrections.leadRecord', {
          moment: dates.dateTime(lead.createdAt),
          channel: lead.channel.name,
        });
        return (
          <RecordRow
            key={lead.id}
            kind="LEAD"
            record={lead}
            label={label}
            columns={6}
            correctable={mayCorrect(lead.marketer.id, period)}
            onVoided={state.onVoided}
            edit={(close) => <EditLeadForm lead={lead} label={label} onCancel={close} onReload={state.reload} />}
            cells={
              <>
                <th scope="row">
                  {dates.dateTime(lead.createdAt)}
                  {lead.externalId && <span className="records__sub"> · {lead.externalId}</span>}
                </th>
                <td data-label={t('records.lead.channel')}>{lead.channel.name}</td>
                <td data-label={t('records.lead.marketer')}>{lead.marketer.fullName}</td>
                <td data-label={t('records.lead.assignee')}>{lead.assignee?.fullName ?? DASH}</td>
                <td data-label={t('records.lead.status')}>
                  <span className={`lead-status lead-status--${lead.status.toLowerCase()}`}>
                    {t(`leadStatus.${lead.status}`)}
                  </span>
                  {lead.lostReason && <span className="records__sub"> · {t(`lostReason.${lead.lostReason}`)}</span>}
                </td>
              </>
            }
          />
        );
      }}
    />
  );

  return (
    // Busy while typing has not reached the API yet: the list below is about to change.
    <div className="records__list" aria-busy={search.trim() !== settled}>
      <ListFilters
        showVoided={state.showVoided}
        onShowVoided={state.setShowVoided}
        onClear={
          search || channelId || assigneeId || status
            ? () => {
                setSearch('');
                setChannelId('');
                setAssigneeId('');
                setStatus('');
              }
            : undefined
        }
      >
        <FilterField id={`${ids}-search`} label={t('corrections.search')}>
          {(id) => (
            <input
              id={id}
              className="input"
              type="search"
              autoComplete="off"
              placeholder={t('corrections.searchLeads')}
              value={search}
              onChange={(ev) => setSearch(ev.target.value)}
            />
          )}
        </FilterField>
        <FilterField id={`${ids}-channel`} label={t('records.lead.channel')}>
          {(id) => (
            <select id={id} className="input" value={channelId} onChange={(ev) => setChannelId(ev.target.value)}>
              <SelectOptions options={channels} empty={t('corrections.anyChannel')} />
            </select>
          )}
        </FilterField>
        {picksAssignee && (
          <FilterField id={`${ids}-assignee`} label={t('records.lead.assignee')}>
            {(id) => (
              <select id={id} className="input" value={assigneeId} onChange={(ev) => setAssigneeId(ev.target.value)}>
                <SelectOptions options={people('HUNTER', 'FARMER')} empty={t('corrections.anyPerson')} />
              </select>
            )}
          </FilterField>
        )}
        <FilterField id={`${ids}-status`} label={t('records.lead.status')}>
          {(id) => (
            <select
              id={id}
              className="input"
              value={status}
              onChange={(ev) => setStatus(ev.target.value as LeadStatus | '')}
            >
              <option value="">{t('corrections.anyStatus')}</option>
              {LEAD_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`leadStatus.${value}`)}
                </option>
              ))}
            </select>
          )}
        </FilterField>
      </ListFilters>
      {list(false)}
      {state.showVoided && <VoidedSection>{list(true)}</VoidedSection>}
    </div>
  );
}

export function DealsList({ period }: { period: Period }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dates = format;
  const me = useRecordsPerson();
  const mayCorrect = useMayCorrect();
  const { people } = usePeopleAndChannels();
  const state = useListState();
  const ids = useId();
  const [search, setSearch] = useState('');
  // A KPI card links here with ?salesperson=<id>: the deals behind its number.
  const [searchParams] = useSearchParams();
  const [salespersonId, setSalespersonId] = useState(searchParams.get('salesperson') ?? '');
  const settled = useDebouncedValue(search.trim());
  const filter = { search: settled || null, salespersonId: salespersonId || null };
  const filtered = Boolean(settled || salespersonId);
  // A salesperson sees only their own deals: no one else to pick.
  const picksSalesperson = me.role === 'OWNER' || me.position === 'MARKETER';

  const list = (voided: boolean) => (
    <PagedTable
      key={`${period}|${JSON.stringify(filter)}|${voided}|${state.reloads}`}
      query={RecordsDealsDocument}
      variables={{ period, filter: { ...filter, voided } }}
      connection={(data) => data.deals}
      typenames={['Deal']}
      caption={voided ? t('corrections.voidedHeading') : t('records.tabs.deals')}
      emptyTitle={voided ? t('corrections.noVoided') : filtered ? t('corrections.noMatches') : t('records.deal.empty')}
      emptyHint={voided || filtered ? undefined : t('records.emptyHint')}
      total={(count) => (voided ? t('corrections.voidedCount', { count }) : t('corrections.dealsCount', { count }))}
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
          <ActionsHead />
        </tr>
      }
      row={(deal) => {
        const label = t('corrections.dealRecord', { day: dates.day(deal.closedOn), client: deal.client.name });
        return (
          <RecordRow
            key={deal.id}
            kind="DEAL"
            record={deal}
            label={label}
            columns={8}
            correctable={mayCorrect(deal.salesperson.id, period)}
            onVoided={state.onVoided}
            edit={(close) => <EditDealForm deal={deal} label={label} onCancel={close} onReload={state.reload} />}
            cells={
              <>
                <th scope="row">{dates.day(deal.closedOn)}</th>
                <td data-label={t('records.deal.client')}>{deal.client.name}</td>
                <td data-label={t('records.deal.salesperson')}>{deal.salesperson.fullName}</td>
                <td data-label={t('records.deal.source')}>
                  {deal.lead ? deal.lead.channel.name : t('records.deal.direct')}
                </td>
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
              </>
            }
          />
        );
      }}
    />
  );

  return (
    // Busy while typing has not reached the API yet: the list below is about to change.
    <div className="records__list" aria-busy={search.trim() !== settled}>
      <ListFilters
        showVoided={state.showVoided}
        onShowVoided={state.setShowVoided}
        onClear={
          search || salespersonId
            ? () => {
                setSearch('');
                setSalespersonId('');
              }
            : undefined
        }
      >
        <FilterField id={`${ids}-search`} label={t('corrections.search')}>
          {(id) => (
            <input
              id={id}
              className="input"
              type="search"
              autoComplete="off"
              placeholder={t('corrections.searchDeals')}
              value={search}
              onChange={(ev) => setSearch(ev.target.value)}
            />
          )}
        </FilterField>
        {picksSalesperson && (
          <FilterField id={`${ids}-salesperson`} label={t('records.deal.salesperson')}>
            {(id) => (
              <select
                id={id}
                className="input"
                value={salespersonId}
                onChange={(ev) => setSalespersonId(ev.target.value)}
              >
                <SelectOptions options={people('HUNTER', 'FARMER')} empty={t('corrections.anyPerson')} />
              </select>
            )}
          </FilterField>
        )}
      </ListFilters>
      {list(false)}
      {state.showVoided && <VoidedSection>{list(true)}</VoidedSection>}
    </div>
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
          <td data-label={t('records.client.acquiredBy')}>
            {client.acquiredBy?.fullName ?? t('records.client.noDealYet')}
          </td>
          <td data-label={t('records.client.accountManager')}>{client.accountManager?.fullName ?? DASH}</td>
        </tr>
      )}
    />
  );
}

export function SpendsList({ period }: { period: Period }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dates = format;
  const mayCorrect = useMayCorrect();
  const state = useListState();

  const list = (voided: boolean) => (
    <PagedTable
      key={`${period}|${voided}|${state.reloads}`}
      query={RecordsSpendsDocument}
      variables={{ period, filter: { voided } }}
      connection={(data) => data.spends}
      typenames={['Spend']}
      caption={voided ? t('corrections.voidedHeading') : t('records.tabs.spend')}
      emptyTitle={voided ? t('corrections.noVoided') : t('records.spend.empty')}
      emptyHint={voided ? undefined : t('records.emptyHint')}
      total={(count) => (voided ? t('corrections.voidedCount', { count }) : t('corrections.spendsCount', { count }))}
      head={
        <tr>
          <th scope="col">{t('records.spend.day')}</th>
          <th scope="col">{t('records.spend.channel')}</th>
          <th scope="col">{t('records.spend.marketer')}</th>
          <th scope="col" className="data-table__num">
            {t('records.spend.amount')}
          </th>
          <ActionsHead />
        </tr>
      }
      row={(spend) => {
        const label = t('corrections.spendRecord', { day: dates.day(spend.day), channel: spend.channel.name });
        return (
          <RecordRow
            key={spend.id}
            kind="SPEND"
            record={spend}
            label={label}
            columns={5}
            correctable={mayCorrect(spend.marketer.id, period)}
            onVoided={state.onVoided}
            edit={(close) => <EditSpendForm spend={spend} label={label} onCancel={close} onReload={state.reload} />}
            cells={
              <>
                <th scope="row">{dates.day(spend.day)}</th>
                <td data-label={t('records.spend.channel')}>{spend.channel.name}</td>
                <td data-label={t('records.spend.marketer')}>{spend.marketer.fullName}</td>
                <td data-label={t('records.spend.amount')} className="data-table__num">
                  {format.money(spend.amount)}
                </td>
              </>
            }
          />
        );
      }}
    />
  );

  return (
    <div className="records__list">
      <ListFilters showVoided={state.showVoided} onShowVoided={state.setShowVoided} />
      {list(false)}
      {state.showVoided && <VoidedSection>{list(true)}</VoidedSection>}
    </div>
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
