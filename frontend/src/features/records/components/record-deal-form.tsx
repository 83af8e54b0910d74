import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import { useFormMutation } from '@/hooks/use-form-mutation';
import { useCompany } from '@/lib/company';
import { toDecimalInput } from '@/lib/form-errors';
import { useFormat } from '@/lib/use-format';

import { RecordDealDocument } from '../api/record-mutations';
import { useRecordsPerson } from '../hooks/use-records-person';
import { useOpenLeads, usePeopleAndChannels } from '../hooks/use-record-options';

import { ClientPicker } from './client-picker';
import { SelectField } from './select-field';
import { SelectOptions } from './select-options';

const FIELDS = ['clientId', 'leadId', 'closedOn', 'revenue', 'cost', 'externalId'] as const;
// The salesperson is a field only where it is picked; otherwise its errors go to the form alert.
const FIELDS_WITH_PERSON = [...FIELDS, 'salespersonId'] as const;

/** A won sale: client, optional lead, day, revenue and cost. Owners pick the salesperson. */
export function RecordDealForm({ picksPerson }: { picksPerson: boolean }) {
  const { t } = useTranslation();
  const me = useRecordsPerson();
  const { today } = useCompany();
  const dates = useFormat();
  const { people } = usePeopleAndChannels();
  const openLeads = useOpenLeads();
  const form = useFormMutation(RecordDealDocument, picksPerson ? FIELDS_WITH_PERSON : FIELDS);
  const mySales = me.position === 'HUNTER' || me.position === 'FARMER';

  const [salespersonId, setSalespersonId] = useState(picksPerson && !mySales ? '' : me.id);
  const [clientId, setClientId] = useState('');
  const [leadId, setLeadId] = useState('');
  const [closedOn, setClosedOn] = useState(today);
  const [revenue, setRevenue] = useState('');
  const [cost, setCost] = useState('');
  const [externalId, setExternalId] = useState('');

  // Leads the salesperson works (or nobody does yet, for an owner recording on someone's behalf).
  const leads = openLeads
    .filter((lead) => lead.assignee?.id === salespersonId || (picksPerson && !lead.assignee))
    .map((lead) => ({
      id: lead.id,
      label: [lead.channel.name, dates.dateTime(lead.createdAt), lead.externalId].filter(Boolean).join(' · '),
    }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await form.submit({
      input: {
        clientId: clientId || null,
        leadId: leadId || null,
        salespersonId: salespersonId || null,
        closedOn: closedOn || null,
        revenue: toDecimalInput(revenue),
        cost: toDecimalInput(cost),
        externalId: externalId.trim() || null,
      },
    });
    if (data) {
      setLeadId('');
      setRevenue('');
      setCost('');
      setExternalId('');
    }
  }

  const e = form.errors.fields;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('records.deal.formTitle')}>
      <div className="form__grid">
        {picksPerson && (
          <Field name="salespersonId" label={t('records.deal.salesperson')} problem={e.salespersonId}>
            {(props) => (
              <select
                {...props}
                className="input"
                value={salespersonId}
                onChange={(ev) => setSalespersonId(ev.target.value)}
              >
                <SelectOptions options={people('HUNTER', 'FARMER')} empty={t('records.choose')} />
              </select>
            )}
          </Field>
        )}
        <ClientPicker value={clientId} onChange={setClientId} problem={e.clientId} />
        <SelectField
          name="leadId"
          label={t('records.deal.lead')}
          problem={e.leadId}
          value={leadId}
          onChange={setLeadId}
          options={leads}
          empty={t('records.deal.noLead')}
        />
        <Field name="closedOn" label={t('records.deal.closedOn')} problem={e.closedOn}>
          {(props) => (
            <input
              {...props}
              className="input"
              type="date"
              max={today}
              value={closedOn}
              onChange={(ev) => setClosedOn(ev.target.value)}
            />
          )}
        </Field>
        <Field name="revenue" label={t('records.deal.revenue')} problem={e.revenue}>
          {(props) => (
            <input
              {...props}
              className="input"
              inputMode="decimal"
              autoComplete="off"
              value={revenue}
              onChange={(ev) => setRevenue(ev.target.value)}
            />
          )}
        </Field>
        <Field name="cost" label={t('records.deal.cost')} problem={e.cost}>
          {(props) => (
            <input
              {...props}
              className="input"
              inputMode="decimal"
              autoComplete="off"
              value={cost}
              onChange={(ev) => setCost(ev.target.value)}
            />
          )}
        </Field>
        <Field name="externalId" label={t('records.externalId')} problem={e.externalId}>
          {(props) => (
            <input
              {...props}
              className="input"
              autoComplete="off"
              value={externalId}
              onChange={(ev) => setExternalId(ev.target.value)}
            />
          )}
        </Field>
      </div>
      <FormAlert problems={form.errors.form} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.fetching}>
          {t('records.deal.submit')}
        </button>
        <FormStatus message={form.saved ? t('records.deal.saved') : null} />
      </div>
    </form>
  );
}
