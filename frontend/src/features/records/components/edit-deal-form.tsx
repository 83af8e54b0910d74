import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field } from '@/components/ui/form';
import { useFormMutation } from '@/hooks/use-form-mutation';
import { useCompany } from '@/lib/company';
import { toDecimalInput } from '@/lib/form-errors';

import { UpdateDealDocument } from '../api/corrections';
import { changedFields } from '../hooks/changed-fields';

import { ClientPicker } from './client-picker';
import { CorrectionFooter } from './correction-footer';

const FIELDS = ['clientId', 'closedOn', 'revenue', 'cost'] as const;

export type EditableDeal = {
  id: string;
  version: number;
  closedOn: string;
  revenue: string;
  cost: string;
  client: { id: string; name: string };
};

type EditDealFormProps = { deal: EditableDeal; label: string; onCancel: () => void; onReload: () => void };

/** Corrects a deal's revenue, cost, day or client, sending only what changed and the version seen. */
export function EditDealForm({ deal, label, onCancel, onReload }: EditDealFormProps) {
  const { t } = useTranslation();
  const { today } = useCompany();
  const form = useFormMutation(UpdateDealDocument, FIELDS);
  const [clientId, setClientId] = useState(deal.client.id);
  const [closedOn, setClosedOn] = useState(deal.closedOn);
  const [revenue, setRevenue] = useState(deal.revenue);
  const [cost, setCost] = useState(deal.cost);
  const [unchanged, setUnchanged] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = changedFields(
      { clientId: deal.client.id, closedOn: deal.closedOn, revenue: deal.revenue, cost: deal.cost },
      {
        clientId: clientId || null,
        closedOn: closedOn || null,
        revenue: toDecimalInput(revenue),
        cost: toDecimalInput(cost),
      },
    );
    setUnchanged(Object.keys(changes).length === 0);
    if (Object.keys(changes).length === 0) {
      form.reset();
      return;
    }
    await form.submit({ input: { id: deal.id, expectedVersion: deal.version, ...changes } });
  }

  const e = form.errors.fields;
  return (
    <form
      className="form records-panel"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('corrections.editTitle', { record: label })}
    >
      <h3 className="records-panel__title">{t('corrections.editTitle', { record: label })}</h3>
      <div className="form__grid">
        <ClientPicker
          value={clientId}
          onChange={setClientId}
          problem={e.clientId}
          current={{ id: deal.client.id, label: deal.client.name }}
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
      </div>
      <CorrectionFooter {...form} unchanged={unchanged} onCancel={onCancel} onReload={onReload} />
    </form>
  );
}
