import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { Stat, StatList } from '@/components/ui/stat-list';
import { useFormat } from '@/lib/use-format';

import type { ImportReport } from '../api/upload-import';
import { rowProblemText } from './import-problems';

/** Row errors beyond this many are counted, not listed (the API sends at most 1,000). */
const SHOWN_ERRORS = 200;

const DELIMITERS: Record<string, 'semicolon' | 'comma' | 'tab'> = { ';': 'semicolon', ',': 'comma', '\t': 'tab' };

type Counts = Pick<ImportReport, 'rows' | 'created' | 'updated' | 'unchanged' | 'failed'>;

/** A report's or a batch's counts, formatted, as the values of `imports.batches.countsValue`. */
export function counts(count: (value: number) => string, of: Counts) {
  return {
    rows: count(of.rows),
    created: count(of.created),
    updated: count(of.updated),
    unchanged: count(of.unchanged),
    failed: count(of.failed),
  };
}

/** What a run came to, in a few words: a check, a batch written, or nothing written. */
export function reportHeading(t: TFunction, report: ImportReport): string {
  if (report.dryRun) return t('imports.report.checkHeading');
  return report.batchId ? t('imports.report.applyHeading', { id: report.batchId }) : t('imports.report.notApplied');
}

type ImportReportViewProps = {
  report: ImportReport;
  fileName: string;
  /** Whether "Skip invalid rows" was on for this run. */
  skipping: boolean;
};

/** What a check or an import did: the counts, how the file was read, and every bad row at its row and column. */
export function ImportReportView({ report, fileName, skipping }: ImportReportViewProps) {
  const { t } = useTranslation();
  const { count } = useFormat();
  const blocked = report.failed > 0 && !skipping;
  const heading = reportHeading(t, report);
  const delimiter = report.delimiter != null ? DELIMITERS[report.delimiter] : undefined;
  const shown = report.errors.slice(0, SHOWN_ERRORS);

  return (
    <section className="import-report" aria-labelledby="import-report-heading" data-testid="import-report">
      <h3 id="import-report-heading" className="import-report__heading">
        {heading}
      </h3>
      <p className="muted import-report__file">{t('imports.report.fileName', { name: fileName })}</p>
      <StatList compact>
        <Stat label={t('imports.report.rows')} value={count(report.rows)} />
        <Stat label={t('imports.report.created')} value={count(report.created)} />
        <Stat label={t('imports.report.updated')} value={count(report.updated)} />
        <Stat label={t('imports.report.unchanged')} value={count(report.unchanged)} />
        <Stat label={t('imports.report.failed')} value={count(report.failed)} />
      </StatList>
      {report.dryRun && (
        <p className={blocked ? 'import-report__verdict import-report__verdict--blocked' : 'import-report__verdict'}>
          {blocked
            ? t('imports.report.blocked')
            : report.failed > 0
              ? t('imports.report.readySkipping')
              : t('imports.report.ready')}
        </p>
      )}
      {!report.dryRun && report.failed > 0 && (
        <p className="import-report__verdict import-report__verdict--blocked">
          {report.batchId ? t('imports.report.appliedSkipping') : t('imports.report.blockedApply')}
        </p>
      )}
      {report.format && (
        <p className="import-report__read">
          <strong>{t('imports.report.readAs')}:</strong>{' '}
          {report.format === 'XLSX'
            ? t('imports.report.xlsx')
            : t('imports.report.csv', {
                encoding: report.encoding ?? '?',
                delimiter: delimiter ? t(`imports.report.delimiter.${delimiter}`) : (report.delimiter ?? '?'),
              })}
        </p>
      )}
      {report.columns && report.columns.length > 0 && (
        <details className="import-report__columns">
          <summary>{t('imports.report.columns', { count: report.columns.length })}</summary>
          {/* The header as written; where the preset knows it by another name, that name after an arrow. */}
          <ul className="import-report__column-list">
            {report.columns.map((column) => (
              <li key={`${column.header}|${column.field}`}>
                {column.header}
                {column.field !== column.header && (
                  <>
                    {' '}
                    <span aria-hidden="true">→</span>
                    <span className="visually-hidden">{t('imports.report.columnAs')}</span> {column.field}
                  </>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.errors.length > 0 && (
        <>
          <h4 className="import-report__subheading" id="import-errors-heading">
            {t('imports.report.errorsHeading')}
          </h4>
          <table className="data-table data-table--stack import-report__errors" aria-labelledby="import-errors-heading">
            <thead>
              <tr>
                <th scope="col" className="data-table__num">
                  {t('imports.report.row')}
                </th>
                <th scope="col">{t('imports.report.column')}</th>
                <th scope="col">{t('imports.report.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((error, index) => {
                const text = rowProblemText(error);
                return (
                  <tr key={`${error.row}-${index}`}>
                    <td data-label={t('imports.report.row')} className="data-table__num">
                      {error.row}
                    </td>
                    <td data-label={t('imports.report.column')}>{error.column ?? '—'}</td>
                    <td data-label={t('imports.report.problem')}>
                      {t(text.key as 'imports.message', text.values as { message: string })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {report.errors.length > shown.length && (
            <p className="muted">
              {t('imports.report.moreErrors', { shown: shown.length, count: report.errors.length })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
