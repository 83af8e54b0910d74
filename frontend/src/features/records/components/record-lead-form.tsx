import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import { useFormMutation } from '@/hooks/use-form-mutation';

import { RecordLeadDocument } from '../api/record-mutations';
import { usePeopleAndChannels } from '../hooks/use-record-options';
import { useRecordsPerson } from '../hooks/use-records-person';

import { SelectField } from './select-field';

const FIELDS = ['channelId', 'assigneeId', 'externalId'] as const;
// The marketer is a field only where it is picked; otherwise its errors go to the form alert.
const FIELDS_WITH_PERSON = [...FIELDS, 'marketerId'] as const;

/** A new lead that came in now: its channel, optionally who works it. */
export function RecordLeadForm({ picksPerson }: { picksPerson: boolean }) {
  const { t } = useTranslation();
  const me = useRecordsPerson();
  const { people, channels } = usePeopleAndChannels();
  const form = useFormMutation(RecordLeadDocument, picksPerson ? FIELDS_WITH_PERSON : FIELDS);
  const [channelId, setChannelId] = useState('');
  const [marketerId, setMarketerId] = useState(picksPerson && me.position !== 'MARKETER' ? '' : me.id);
  const [assigneeId, setAssigneeId] = useState('');
  const [externalId, setExternalId] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await form.submit({
      input: {
        channelId: channelId || null,
        marketerId: marketerId || null,
        assigneeId: assigneeId || null,
        externalId: externalId.trim() || null,
      },
    });
    if (data) {
      setAssigneeId('');
      setExternalId('');
    }
  }

  const e = form.errors.fields;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('records.lead.formTitle')}>
      <div className="form__grid">
        <SelectField
          name="channelId"
          label={t('records.lead.channel')}
          problem={e.channelId}
          value={channelId}
          onChange={setChannelId}
          options={channels}
          empty={t('records.choose')}
        />
        {picksPerson && (
          <SelectField
            name="marketerId"
            label={t('records.lead.marketer')}
            problem={e.marketerId}
            value={marketerId}
            onChange={setMarketerId}
            options={people('MARKETER')}
            empty={t('records.choose')}
          />
        )}
        <SelectField
          name="assigneeId"
          label={t('records.lead.assignee')}
          problem={e.assigneeId}
          value={assigneeId}
          onChange={setAssigneeId}
          options={people('HUNTER', 'FARMER')}
          empty={t('records.lead.unassigned')}
        />
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
          {t('records.lead.submit')}
        </button>
        <FormStatus message={form.saved ? t('records.lead.saved') : null} />
      </div>
    </form>
  );
}
