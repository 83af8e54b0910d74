import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field } from '@/components/ui/form';
import { useFormMutation } from '@/hooks/use-form-mutation';
import { useCompany } from '@/lib/company';
import { toDecimalInput } from '@/lib/form-errors';

import { UpdateSpendDocument } from '../api/corrections';
import { changedFields } from '../hooks/changed-fields';
import { usePeopleAndChannels } from '../hooks/use-record-options';

import { CorrectionFooter } from './correction-footer';
import { SelectField } from './select-field';

const FIELDS = ['channelId', 'day', 'amount'] as const;

export type EditableSpend = {
  id: string;
  version: number;
  day: string;
  amount: string;
  channel: { id: string; name: string };
};

type EditSpendFormProps = { spend: EditableSpend; label: string; onCancel: () => void; onReload: () => void };

/** Corrects a spend record's amount, day or channel, sending only what changed and the version seen. */
export function EditSpendForm({ spend, label, onCancel, onReload }: EditSpendFormProps) {
  const { t } = useTranslation();
  const { today } = useCompany();
  const { channels } = usePeopleAndChannels();
  const form = useFormMutation(UpdateSpendDocument, FIELDS);
  const [channelId, setChannelId] = useState(spend.channel.id);
  const [day, setDay] = useState(spend.day);
  const [amount, setAmount] = useState(spend.amount);
  const [unchanged, setUnchanged] = useState(false);
  // An archived channel is not offered for new spend, but this record may still sit on it.
  const channelOptions = channels.some((c) => c.id === spend.channel.id)
    ? channels
    : [{ id: spend.channel.id, label: spend.channel.name }, ...channels];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = changedFields(
      { channelId: spend.channel.id, day: spend.day, amount: spend.amount },
      { channelId: channelId || null, day: day || null, amount: toDecimalInput(amount) },
    );
    setUnchanged(Object.keys(changes).length === 0);
    if (Object.keys(changes).length === 0) {
      form.reset();
      return;
    }
    await form.submit({ input: { id: spend.id, expectedVersion: spend.version, ...changes } });
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
        <SelectField
          name="channelId"
          label={t('records.spend.channel')}
          problem={e.channelId}
          value={channelId}
          onChange={setChannelId}
          options={channelOptions}
          empty={t('records.choose')}
        />
        <Field name="day" label={t('records.spend.day')} problem={e.day}>
          {(props) => (
            <input
              {...props}
              className="input"
              type="date"
              max={today}
              value={day}
              onChange={(ev) => setDay(ev.target.value)}
            />
          )}
        </Field>
        <Field name="amount" label={t('records.spend.amount')} problem={e.amount}>
          {(props) => (
            <input
              {...props}
              className="input"
              inputMode="decimal"
              autoComplete="off"
              value={amount}
              onChange={(ev) => setAmount(ev.target.value)}
            />
          )}
        </Field>
      </div>
      <CorrectionFooter {...form} unchanged={unchanged} onCancel={onCancel} onReload={onReload} />
    </form>
  );
}
