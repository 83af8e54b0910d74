import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { percentToRatio } from '@/lib/form-errors';
import { useFormat } from '@/lib/use-format';

import type { ImportReport, ImportSource } from '../api/upload-import';
import { requestKey, useImportRun } from '../hooks/use-import-run';
import { ImportBusy } from './import-busy';
import { ImportMapping } from './import-mapping';
import { refusalText } from './import-problems';
import { counts, ImportReportView, reportHeading } from './import-report';

/** Sources whose won leads or deals need a cost: the only ones the cost share is for. */
const WITH_DEALS: ImportSource[] = ['amocrm-leads', 'bitrix24-deals', 'tandem-leads', 'tandem-deals'];

const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ImportFormProps = {
  sources: readonly ImportSource[];
  /** After an import wrote a batch (the batch list reloads). */
  onApplied?: (report: ImportReport) => void;
};

/**
 * Source, file and options; "Check file" is a dry run that writes nothing; "Import" applies the
 * very file and options that were checked, and only when the check says it may write.
 */
export function ImportForm({ sources, onApplied }: ImportFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const ids = useId();
  const [source, setSource] = useState<ImportSource>(sources[0]);
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalidRows, setSkipInvalidRows] = useState(false);
  const [costSharePercent, setCostSharePercent] = useState('');
  const [missingFile, setMissingFile] = useState(false);
  const { run, start, reset, elapsedSeconds } = useImportRun();

  const usesCost = WITH_DEALS.includes(source);
  const costShare = usesCost ? percentToRatio(costSharePercent) : null;
  const options = file ? { file, source, skipInvalidRows, costShare } : null;
  const running = run.phase === 'running';
  const checked = run.phase === 'done' && run.report.dryRun && options != null && run.key === requestKey(options);
  const mayApply = checked && (run.report.failed === 0 || skipInvalidRows);

  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      if (!running) reset();
    };

  const sizeFormat = new Intl.NumberFormat(format.language, {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  });
  const formatSize = (bytes: number) => sizeFormat.format(bytes / (1024 * 1024));

  function submit(dryRun: boolean) {
    if (!options) {
      setMissingFile(true);
      return;
    }
    void start({ ...options, dryRun }).then((report) => {
      if (report && !report.dryRun && report.batchId) onApplied?.(report);
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit(true);
  }

  const summary = (report: ImportReport) =>
    `${reportHeading(t, report)}. ${t('imports.batches.countsValue', counts(format.count, report))}`;

  const fileId = `${ids}-file`;
  const fileHintId = `${ids}-file-hint`;
  const fileErrorId = `${ids}-file-error`;
  const applyHintId = `${ids}-apply-hint`;
  const refusal = run.phase === 'refused' ? refusalText(run.refusal) : null;
  // A file whose header names a column differently: map it here, then the file is checked again.
  const unmapped =
    run.phase === 'refused' && run.refusal.code === 'MISSING_COLUMNS' && (run.refusal.details.headers?.length ?? 0) > 0
      ? run.refusal.details
      : null;
  const checkedHeaders = run.phase === 'done' && run.report.dryRun ? (run.report.headers ?? []) : [];

  return (
    <Card title={t('imports.uploadHeading')}>
      <form className="form import-form" onSubmit={onSubmit} aria-label={t('imports.uploadHeading')} noValidate>
        {sources.length > 1 ? (
          <fieldset className="import-form__sources" disabled={running}>
            <legend className="field__label">{t('imports.source')}</legend>
            {sources.map((option) => (
              <label key={option} className="import-source">
                <input
                  type="radio"
                  name="source"
                  value={option}
                  checked={source === option}
                  onChange={() => changed(setSource)(option)}
                  aria-describedby={`${ids}-${option}-hint`}
                />
                <span className="import-source__text">
                  <span className="import-source__name">{t(`imports.sourceName.${option}`)}</span>
                  <span id={`${ids}-${option}-hint`} className="import-source__hint">
                    {t(`imports.sourceHint.${option}`)}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
        ) : (
          <div className="import-form__single-source">
            <p className="field__label">{t('imports.source')}</p>
            <p className="import-source__name">{t(`imports.sourceName.${source}`)}</p>
            <p className="field__hint">{t(`imports.sourceHint.${source}`)}</p>
          </div>
        )}

        <div className={missingFile && !file ? 'field field--invalid' : 'field'}>
          <label htmlFor={fileId} className="field__label">
            {t('imports.file')}
          </label>
          <input
            id={fileId}
            name="file"
            type="file"
            className="input import-form__file"
            accept={ACCEPT}
            disabled={running}
            aria-invalid={missingFile && !file ? true : undefined}
            aria-describedby={[missingFile && !file ? fileErrorId : null, fileHintId].filter(Boolean).join(' ')}
            onChange={(event) => {
              setMissingFile(false);
              changed(setFile)(event.target.files?.[0] ?? null);
            }}
          />
          <p id={fileHintId} className="field__hint">
            {t('imports.fileHint')}
          </p>
          {missingFile && !file && (
            <p id={fileErrorId} className="field__error">
              {t('imports.chooseFile')}
            </p>
          )}
        </div>

        <div className="form__grid import-form__options">
          <div className="field import-form__check">
            <label className="import-form__checkbox">
              <input
                type="checkbox"
                name="skipInvalidRows"
                checked={skipInvalidRows}
                disabled={running}
                onChange={(event) => changed(setSkipInvalidRows)(event.target.checked)}
                aria-describedby={`${ids}-skip-hint`}
              />
              <span className="field__label">{t('imports.skipInvalid')}</span>
            </label>
            <p id={`${ids}-skip-hint`} className="field__hint">
              {t('imports.skipInvalidHint')}
            </p>
          </div>
          {usesCost && (
            <div className="field">
              <label htmlFor={`${ids}-cost`} className="field__label">
                {t('imports.costShare')}
              </label>
              <input
                id={`${ids}-cost`}
                name="costShare"
                className="input"
                inputMode="decimal"
                autoComplete="off"
                value={costSharePercent}
                disabled={running}
                onChange={(event) => changed(setCostSharePercent)(event.target.value)}
                aria-describedby={`${ids}-cost-hint`}
              />
              <p id={`${ids}-cost-hint`} className="field__hint">
                {t('imports.costShareHint')}
              </p>
            </div>
          )}
        </div>

        <div className="form__actions">
          <button
            type="submit"
            className={mayApply ? 'button button--secondary' : 'button button--primary'}
            disabled={running}
          >
            {t('imports.check')}
          </button>
          <button
            type="button"
            className={mayApply ? 'button button--primary' : 'button button--secondary'}
            disabled={running || !mayApply}
            aria-describedby={mayApply ? undefined : applyHintId}
            onClick={() => submit(false)}
          >
            {t('imports.apply')}
          </button>
          {!mayApply && !running && !(checked && run.report.failed > 0) && (
            <p id={applyHintId} className="field__hint import-form__apply-hint">
              {t('imports.checkFirst')}
            </p>
          )}
          {!mayApply && checked && run.report.failed > 0 && (
            <p id={applyHintId} className="visually-hidden">
              {t('imports.report.blocked')}
            </p>
          )}
        </div>
      </form>

      {/* Said once per phase; the report itself (with its error table) is read at the person's pace. */}
      <p className="visually-hidden" role="status">
        {run.phase === 'running' ? (run.dryRun ? t('imports.busy.check') : t('imports.busy.apply')) : ''}
        {run.phase === 'done' ? summary(run.report) : ''}
      </p>
      {run.phase === 'running' && (
        <ImportBusy
          dryRun={run.dryRun}
          elapsedSeconds={elapsedSeconds}
          progress={run.progress}
          formatSize={formatSize}
        />
      )}
      {run.phase === 'done' && (
        <ImportReportView report={run.report} fileName={file?.name ?? ''} skipping={skipInvalidRows} />
      )}
      {refusal && (
        <div className="form-alert import-form__refusal" role="alert">
          <p className="form-alert__text">{t('imports.refusal.heading')}</p>
          <p className="import-form__refusal-text">
            {t(refusal.key as 'imports.message', refusal.values as { message: string })}
          </p>
          {unmapped && <p className="import-form__refusal-text">{t('imports.mapping.mapMissing')}</p>}
        </div>
      )}
      {unmapped && (
        <ImportMapping
          key={source}
          source={source}
          headers={unmapped.headers ?? []}
          missing={unmapped.missing}
          onSaved={() => submit(true)}
        />
      )}
      {checkedHeaders.length > 0 && (
        <details className="import-mapping-disclosure">
          <summary>{t('imports.mapping.disclosure')}</summary>
          <ImportMapping key={source} source={source} headers={checkedHeaders} onSaved={() => submit(true)} />
        </details>
      )}
    </Card>
  );
}
