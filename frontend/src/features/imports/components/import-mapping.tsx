import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';

import { FormAlert, useProblemText } from '@/components/ui/form';
import { getFragmentData } from '@/gql/fragment-masking';
import { formErrorsOf, type FormProblem } from '@/lib/form-errors';
import { useFormat } from '@/lib/use-format';

import { ImportMappingDocument, ImportMappingFragment, SetImportMappingDocument } from '../api/import-mapping';
import type { ImportSource } from '../api/upload-import';

const MAPPING_CONTEXT = { additionalTypenames: ['ImportMapping'] };

type ImportMappingProps = {
  source: ImportSource;
  /** The file's header row, as written: what each field may be mapped to. */
  headers: readonly string[];
  /** Required fields the file lacks (a MISSING_COLUMNS refusal): marked until mapped. */
  missing?: readonly string[];
  /** After the mapping was saved: the form checks the file again. */
  onSaved?: () => void;
};

/**
 * The source's saved column mapping (docs/imports.md): for each field of the preset, the header
 * of the file that means it, or "automatic" (Tandem's own names for it). Saved for the source,
 * so every later file from the same CRM reads the same way.
 */
export function ImportMapping({ source, headers, missing = [], onSaved }: ImportMappingProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useProblemText();
  const ids = useId();
  const [result] = useQuery({ query: ImportMappingDocument, variables: { source }, context: MAPPING_CONTEXT });
  const [saving, save] = useMutation(SetImportMappingDocument);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<{ fields: Record<string, FormProblem>; form: FormProblem[] }>({
    fields: {},
    form: [],
  });
  const mapping = getFragmentData(ImportMappingFragment, result.data?.importMapping);

  if (result.error && !mapping) {
    return <FormAlert problems={formErrorsOf(result.error, []).form} />;
  }
  if (!mapping) {
    return <p className="field__hint">{t('imports.mapping.loading')}</p>;
  }

  const chosen = (field: string, saved: string | null | undefined) => choices[field] ?? saved ?? '';
  const fileHeaders = [...new Set(headers)];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!mapping) return;
    const columns = mapping.columns.map((column) => ({
      field: column.field,
      header: chosen(column.field, column.header) || null,
    }));
    const answer = await save({ input: { source, columns } }, MAPPING_CONTEXT);
    const errors = formErrorsOf(
      answer.error,
      columns.map((_, i) => `columns[${i}].header`),
    );
    const fields: Record<string, FormProblem> = {};
    for (const [name, problem] of Object.entries(errors.fields)) {
      const index = Number(/^columns\[(\d+)\]/.exec(name)?.[1]);
      if (problem && Number.isInteger(index)) fields[columns[index].field] = problem;
    }
    setProblems({ fields, form: errors.form });
    if (!answer.error) {
      setChoices({});
      onSaved?.();
    }
  }

  return (
    <form className="import-mapping" onSubmit={onSubmit} aria-labelledby={`${ids}-heading`} noValidate>
      <h3 id={`${ids}-heading`} className="import-mapping__heading">
        {t('imports.mapping.heading', { source: t(`imports.sourceName.${source}`) })}
      </h3>
      <p className="field__hint">{t('imports.mapping.intro')}</p>
      <div className="import-mapping__fields">
        {mapping.columns.map((column) => {
          const id = `${ids}-${column.field}`;
          const value = chosen(column.field, column.header);
          const isMissing = missing.includes(column.field) && !value;
          const problem = problems.fields[column.field];
          const options = value && !fileHeaders.includes(value) ? [...fileHeaders, value] : fileHeaders;
          const describedBy = [problem || isMissing ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ');
          return (
            <div key={column.field} className={problem || isMissing ? 'field field--invalid' : 'field'}>
              <label htmlFor={id} className="field__label">
                {column.field}
                {column.required && <span className="import-mapping__required"> {t('imports.mapping.required')}</span>}
              </label>
              <select
                id={id}
                name={column.field}
                className="input"
                value={value}
                disabled={saving.fetching}
                aria-invalid={problem || isMissing ? true : undefined}
                aria-describedby={describedBy}
                onChange={(event) => setChoices((current) => ({ ...current, [column.field]: event.target.value }))}
              >
                <option value="">{t('imports.mapping.automatic')}</option>
                {options.map((header) => (
                  <option key={header} value={header}>
                    {fileHeaders.includes(header) ? header : t('imports.mapping.notInFile', { header })}
                  </option>
                ))}
              </select>
              <p id={`${id}-hint`} className="field__hint">
                {t('imports.mapping.builtIn', { names: column.builtInHeaders.join(', ') })}
              </p>
              {(problem || isMissing) && (
                <p id={`${id}-error`} className="field__error">
                  {problem ? describe(problem) : t('imports.mapping.missing')}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {problems.form.length > 0 && <FormAlert problems={problems.form} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving.fetching}>
          {t('imports.mapping.save')}
        </button>
        {mapping.changedAt && (
          <p className="field__hint import-mapping__changed">
            {t('imports.mapping.changed', {
              when: format.dateTime(mapping.changedAt),
              who: mapping.changedBy?.fullName ?? '—',
            })}
          </p>
        )}
      </div>
    </form>
  );
}
