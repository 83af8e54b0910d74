import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import { useFormMutation } from '@/hooks/use-form-mutation';

import { CreateClientDocument } from '../api/record-mutations';
import { usePeopleAndChannels } from '../hooks/use-record-options';

import { SelectOptions } from './select-options';

const FIELDS = ['name', 'accountManagerId'] as const;

/** A new client (a hunter's or an owner's), optionally with the farmer who will look after it. */
export function CreateClientForm() {
  const { t } = useTranslation();
  const { people } = usePeopleAndChannels();
  const form = useFormMutation(CreateClientDocument, FIELDS);
  const [name, setName] = useState('');
  const [accountManagerId, setAccountManagerId] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await form.submit({
      input: { name: name.trim() || null, accountManagerId: accountManagerId || null },
    });
    if (data) {
      setName('');
      setAccountManagerId('');
    }
  }

  const e = form.errors.fields;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('records.client.formTitle')}>
      <div className="form__grid">
        <Field name="name" label={t('records.client.name')} problem={e.name}>
          {(props) => (
            <input
              {...props}
              className="input"
              autoComplete="organization"
              value={name}
              onChange={(ev) => setName(ev.target.value)}
            />
          )}
        </Field>
        <Field name="accountManagerId" label={t('records.client.accountManager')} problem={e.accountManagerId}>
          {(props) => (
            <select
              {...props}
              className="input"
              value={accountManagerId}
              onChange={(ev) => setAccountManagerId(ev.target.value)}
            >
              <SelectOptions options={people('FARMER')} empty={t('records.none')} />
            </select>
          )}
        </Field>
      </div>
      <FormAlert problems={form.errors.form} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.fetching}>
          {t('records.client.submit')}
        </button>
        <FormStatus message={form.saved ? t('records.client.saved') : null} />
      </div>
    </form>
  );
}
