import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';

import { Card } from '@/components/ui/card';
import type { Period } from '@/lib/period';

import { recordsAccess, type RecordTab } from '../hooks/use-records-access';
import { RecordsPersonContext, type RecordsPerson } from '../hooks/use-records-person';

import { CreateChannelForm } from './create-channel-form';
import { CreateClientForm } from './create-client-form';
import { AssignLeadForm, CloseLeadForm } from './lead-status-forms';
import { RecordDealForm } from './record-deal-form';
import { RecordLeadForm } from './record-lead-form';
import { ChannelsList, ClientsList, DealsList, LeadsList, SpendsList } from './record-lists';
import { RecordSpendForm } from './record-spend-form';

import './records-view.css';

type RecordsViewProps = {
  tab: RecordTab;
  period: Period;
  me: RecordsPerson;
};

/** One kind of record: the forms the person may use, and the list of what they may see. */
export function RecordsView({ tab, period, me }: RecordsViewProps) {
  const { t } = useTranslation();
  const access = recordsAccess(me);
  const { search } = useLocation();
  const { picksPerson } = access;

  const forms: { key: string; title: string; form: ReactNode }[] = [];
  let list: ReactNode = null;
  switch (tab) {
    case 'leads':
      if (access.recordLead)
        forms.push({
          key: 'lead',
          title: t('records.lead.formTitle'),
          form: <RecordLeadForm picksPerson={picksPerson} />,
        });
      if (access.assignLead)
        forms.push({
          key: 'assign',
          title: t('records.assign.formTitle'),
          form: <AssignLeadForm picksPerson={picksPerson} />,
        });
      if (access.closeLead)
        forms.push({
          key: 'close',
          title: t('records.close.formTitle'),
          form: <CloseLeadForm picksPerson={picksPerson} />,
        });
      list = <LeadsList period={period} />;
      break;
    case 'deals':
      if (access.recordDeal)
        forms.push({
          key: 'deal',
          title: t('records.deal.formTitle'),
          form: <RecordDealForm picksPerson={picksPerson} />,
        });
      list = <DealsList period={period} />;
      break;
    case 'clients':
      if (access.createClient)
        forms.push({ key: 'client', title: t('records.client.formTitle'), form: <CreateClientForm /> });
      list = <ClientsList />;
      break;
    case 'spend':
      if (access.recordSpend)
        forms.push({
          key: 'spend',
          title: t('records.spend.formTitle'),
          form: <RecordSpendForm picksPerson={picksPerson} />,
        });
      list = <SpendsList period={period} />;
      break;
    case 'channels':
      if (access.createChannel)
        forms.push({ key: 'channel', title: t('records.channel.formTitle'), form: <CreateChannelForm /> });
      list = <ChannelsList />;
      break;
  }

  return (
    <RecordsPersonContext value={me}>
      <div className="records">
        <nav className="records__tabs" aria-label={t('records.tabsLabel')}>
          <ul className="records__tab-list">
            {access.tabs.map((name) => (
              <li key={name}>
                <NavLink to={{ pathname: `/records/${name}`, search }} className="records__tab">
                  {t(`records.tabs.${name}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {forms.length > 0 && (
          <div className={forms.length > 1 ? 'records__forms records__forms--many' : 'records__forms'}>
            {forms.map(({ key, title, form }) => (
              <Card key={key} title={title}>
                {form}
              </Card>
            ))}
          </div>
        )}
        <Card title={t(`records.listTitle.${tab}`)}>{list}</Card>
      </div>
    </RecordsPersonContext>
  );
}
