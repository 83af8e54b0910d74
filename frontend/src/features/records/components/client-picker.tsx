import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Field } from '@/components/ui/form';
import type { FormProblem } from '@/lib/form-errors';

import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useClientOptions, type Option } from '../hooks/use-record-options';

import { SelectField } from './select-field';

type ClientPickerProps = {
  value: string;
  onChange: (clientId: string) => void;
  problem?: FormProblem;
  /** The client chosen before (a correction's), kept as a choice whatever the search finds. */
  current?: Option;
};

/**
 * A client by name: typing asks the API for matching clients (after a pause), so a company with
 * hundreds of clients still finds each; the select offers what it found.
 */
export function ClientPicker({ value, onChange, problem, current }: ClientPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search, 300);
  const { clients, loaded } = useClientOptions(settled);
  const options = current && !clients.some((c) => c.id === current.id) ? [current, ...clients] : clients;

  let hint: string | undefined;
  if (loaded && clients.length === 0) {
    hint = settled.trim() ? t('corrections.noClientMatches', { search: settled.trim() }) : t('records.deal.noClients');
  }

  return (
    <>
      <Field name="clientSearch" label={t('corrections.findClient')} hint={t('corrections.findClientHint')}>
        {(props) => (
          <input
            {...props}
            className="input"
            type="search"
            autoComplete="off"
            value={search}
            onChange={(ev) => setSearch(ev.target.value)}
          />
        )}
      </Field>
      <SelectField
        name="clientId"
        label={t('records.deal.client')}
        problem={problem}
        hint={hint}
        value={value}
        onChange={onChange}
        options={options}
        empty={t('records.choose')}
      />
    </>
  );
}
