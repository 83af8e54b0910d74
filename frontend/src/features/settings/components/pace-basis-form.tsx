import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { FormAlert, FormStatus } from '@/components/ui/form';
import type { PaceBasis } from '@/gql/graphql';
import { useFormMutation } from '@/hooks/use-form-mutation';

import { SetPaceBasisDocument } from '../api/settings';

const BASES: PaceBasis[] = ['CALENDAR_DAYS', 'WORKING_DAYS'];
const FIELDS = ['paceBasis'] as const;

/** Calendar days or working days: what "expected by now" and the daily pace count in. */
export function PaceBasisForm({ paceBasis }: { paceBasis: PaceBasis }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<PaceBasis>(paceBasis);
  const form = useFormMutation(SetPaceBasisDocument, FIELDS);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit({ input: { paceBasis: choice } });
  }

  return (
    <Card title={t('settings.paceHeading')}>
      <form className="form" onSubmit={onSubmit} aria-label={t('settings.paceHeading')}>
        <fieldset className="settings__choices">
          <legend className="visually-hidden">{t('settings.paceHeading')}</legend>
          {BASES.map((basis) => (
            <label key={basis} className="settings__choice">
              <input
                type="radio"
                name="paceBasis"
                value={basis}
                checked={choice === basis}
                onChange={() => setChoice(basis)}
              />
              <span>
                {t(`settings.basis.${basis}`)}
                <small>{t(`settings.basisHint.${basis}`)}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <FormAlert problems={form.errors.form} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={form.fetching}>
            {t('settings.savePace')}
          </button>
          <FormStatus message={form.saved ? t('settings.saved') : null} />
        </div>
      </form>
    </Card>
  );
}
