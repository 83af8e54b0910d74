import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import { useFormMutation } from '@/hooks/use-form-mutation';
import { useCompany } from '@/lib/company';
import { toDecimalInput } from '@/lib/form-errors';

import { RecordSpendDocument } from '../api/record-mutations';
import { usePeopleAndChannels } from '../hooks/use-record-options';
import { useRecordsPerson } from '../hooks/use-records-person';

import { SelectField } from './select-field';

const FIELDS = ['channelId', 'day', 'amount'] as const;
// The marketer is a field only where it is picked; otherwise its errors go to the form alert.
const FIELDS_WITH_PERSON = [...FIELDS, 'marketerId'] as const;

/** Money spent on a channel on a day; a marketer records their own, an owner anyone's. */
export function RecordSpendForm({ picksPerson }: { picksPerson: boolean }) {
  const { t } = useTranslation();
  const me = useRecordsPerson();
  const { today } = useCompany();
  const { people, channels } = usePeopleAndChannels();
  const form = useFormMutation(RecordSpendDocument, picksPerson ? FIELDS_WITH_PERSON : FIELDS);
  const [channelId, setChannelId] = useState('');
  const [marketerId, setMarketerId] = useState(picksPerson && me.position !== 'MARKETER' ? '' : me.id);
  const [day, setDay] = useState(today);
  const [amount, setAmount] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await form.submit({
      input: {
        channelId: channelId || null,
        marketerId: marketerId || null,
        day: day || null,
        amount: toDecimalInput(amount),
      },
    });
    if (data) setAmount('');
  }

  const e = form.errors.fields;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('records.spend.formTitle')}>
      <div className="form__grid">
        <SelectField
          name="channelId"
          label={t('records.spend.channel')}
          problem={e.channelId}
          value={channelId}
          onChange={setChannelId}
          options={channels}
          empty={t('records.choose')}
        />
        {picksPerson && (
          <SelectField
            name="marketerId"
            label={t('records.spend.marketer')}
            problem={e.marketerId}
            value={marketerId}
            onChange={setMarketerId}
            options={people('MARKETER')}
            empty={t('records.choose')}
          />
        )}
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
      <FormAlert problems={form.errors.form} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.fetching}>
          {t('records.spend.submit')}
        </button>
        <FormStatus message={form.saved ? t('records.spend.saved') : null} />
      </div>
    </form>
  );
}
