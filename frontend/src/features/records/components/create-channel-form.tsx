import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import { useFormMutation } from '@/hooks/use-form-mutation';

import { CreateChannelDocument } from '../api/record-mutations';

const FIELDS = ['name'] as const;

/** A new lead source. */
export function CreateChannelForm() {
  const { t } = useTranslation();
  const form = useFormMutation(CreateChannelDocument, FIELDS);
  const [name, setName] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await form.submit({ input: { name: name.trim() || null } });
    if (data) setName('');
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('records.channel.formTitle')}>
      <div className="form__grid">
        <Field name="name" label={t('records.channel.name')} problem={form.errors.fields.name}>
          {(props) => (
            <input
              {...props}
              className="input"
              autoComplete="off"
              value={name}
              onChange={(ev) => setName(ev.target.value)}
            />
          )}
        </Field>
      </div>
      <FormAlert problems={form.errors.form} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.fetching}>
          {t('records.channel.submit')}
        </button>
        <FormStatus message={form.saved ? t('records.channel.saved') : null} />
      </div>
    </form>
  );
}
