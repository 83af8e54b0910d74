import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { Card } from '@/components/ui/card';
import { useProblemText } from '@/components/ui/form';
import { PagedTable } from '@/components/ui/paged-table';
import { getFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import { formErrorsOf } from '@/lib/form-errors';
import { KPI_SOURCE_TYPENAMES } from '@/lib/graphql-client';
import { useFormat } from '@/lib/use-format';

import { ImportBatchesDocument, RevertImportDocument } from '../api/import-batches';
import type { ImportSource } from '../api/upload-import';
import { counts } from './import-report';

export const ImportBatchesBatchFragment = graphql(`
  fragment ImportBatches_batch on ImportBatch {
    id
    source
    fileName
    createdAt
    createdBy {
      id
      fullName
    }
    rows
    created
    updated
    unchanged
    failed
    revertedAt
  }
`);

/** A revert voids and restores leads, deals and spend: every KPI on screen is refetched after it. */
const REVERT_CONTEXT = { additionalTypenames: [...KPI_SOURCE_TYPENAMES, 'ImportBatch'] };

/** Applied imports, newest first, each with a Revert that asks first. `reloads` changes after an upload wrote a batch. */
export function ImportBatches({ reloads }: { reloads: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [reverted, setReverted] = useState<string | null>(null);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The Revert button is gone with the revert: the focus goes to the words that say it happened.
    if (reverted) done.current?.focus();
  }, [reverted]);
  return (
    <Card title={t('imports.batches.heading')}>
      <p ref={done} className="form-status" role="status" tabIndex={-1}>
        {reverted ? t('imports.batches.revertedDone', { id: reverted }) : null}
      </p>
      <PagedTable
        key={reloads}
        query={ImportBatchesDocument}
        variables={{}}
        connection={(data) => data.importBatches}
        typenames={['ImportBatch']}
        caption={t('imports.batches.caption')}
        emptyTitle={t('imports.batches.empty')}
        emptyHint={t('imports.batches.emptyHint')}
        total={(count) => t('imports.batches.total', { count: format.count(count) })}
        head={
          <tr>
            <th scope="col">{t('imports.batches.when')}</th>
            <th scope="col">{t('imports.batches.source')}</th>
            <th scope="col">{t('imports.batches.file')}</th>
            <th scope="col">{t('imports.batches.by')}</th>
            <th scope="col">{t('imports.batches.counts')}</th>
            <th scope="col">{t('imports.batches.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('imports.batches.revert')}</span>
            </th>
          </tr>
        }
        row={(ref) => (
          <BatchRow key={getFragmentData(ImportBatchesBatchFragment, ref).id} batchRef={ref} onReverted={setReverted} />
        )}
      />
    </Card>
  );
}

/** Columns of the batch table: the confirm step spans them all, under its batch. */
const COLUMNS = 7;

type BatchRowProps = {
  batchRef: FragmentType<typeof ImportBatchesBatchFragment>;
  onReverted: (id: string) => void;
};

function BatchRow({ batchRef, onReverted }: BatchRowProps) {
  const { t } = useTranslation();
  const batch = getFragmentData(ImportBatchesBatchFragment, batchRef);
  const format = useFormat();
  const describe = useProblemText();
  const [confirming, setConfirming] = useState(false);
  const [{ fetching, error }, revert] = useMutation(RevertImportDocument);
  const [showError, setShowError] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const label = t('imports.batches.revertLabel', { id: batch.id, file: batch.fileName });

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) openButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const problem = showError ? formErrorsOf(error, []).form[0] : undefined;
  const problemText = !problem
    ? null
    : problem.classification === 'CONFLICT'
      ? t('imports.batches.conflict')
      : problem.classification === 'BAD_REQUEST' && /reverted already/.test(problem.message)
        ? t('imports.batches.alreadyReverted')
        : describe(problem);

  async function onRevert() {
    const result = await revert({ id: batch.id }, REVERT_CONTEXT);
    setShowError(Boolean(result.error));
    if (!result.error) {
      setConfirming(false);
      onReverted(batch.id);
    }
  }

  return (
    <>
      <tr
        data-testid={`import-batch-${batch.id}`}
        className={confirming ? 'import-batches__row--confirming' : undefined}
      >
        <th scope="row" className="import-batches__short">
          <span>
            {format.dateTime(batch.createdAt)}
            <span className="import-batches__id"> · #{batch.id}</span>
          </span>
        </th>
        <td data-label={t('imports.batches.source')} className="import-batches__short">
          {t(`imports.sourceName.${batch.source as ImportSource}`, batch.source)}
        </td>
        <td data-label={t('imports.batches.file')} className="import-batches__file">
          {batch.fileName}
        </td>
        <td data-label={t('imports.batches.by')} className="import-batches__short">
          {batch.createdBy.fullName}
        </td>
        <td data-label={t('imports.batches.counts')} className="import-batches__counts">
          {t('imports.batches.countsValue', counts(format.count, batch))}
        </td>
        <td data-label={t('imports.batches.state')}>
          {batch.revertedAt ? (
            <span className="import-batches__state--reverted">
              {t('imports.batches.reverted', { at: format.dateTime(batch.revertedAt) })}
            </span>
          ) : (
            t('imports.batches.standing')
          )}
        </td>
        <td className="import-batches__actions">
          {!batch.revertedAt && (
            <button
              ref={openButton}
              type="button"
              className="button button--secondary"
              aria-label={label}
              aria-expanded={confirming}
              onClick={() => setConfirming(true)}
            >
              {t('imports.batches.revert')}
            </button>
          )}
        </td>
      </tr>
      {(confirming || problemText) && !batch.revertedAt && (
        <tr className="import-batches__confirm-row" data-testid={`import-batch-${batch.id}-confirm`}>
          <td colSpan={COLUMNS}>
            {confirming && (
              <div className="import-revert" role="group" aria-label={label}>
                <p className="import-revert__question">{t('imports.batches.confirm', { id: batch.id })}</p>
                <div className="import-revert__buttons">
                  <button
                    ref={confirmButton}
                    type="button"
                    className="button button--primary"
                    disabled={fetching}
                    onClick={() => void onRevert()}
                  >
                    {t('imports.batches.confirmRevert')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={fetching}
                    onClick={() => {
                      setConfirming(false);
                      setShowError(false);
                    }}
                  >
                    {t('imports.batches.cancel')}
                  </button>
                </div>
              </div>
            )}
            <div className="import-revert__error" role="alert">
              {problemText && <p className="form-alert">{problemText}</p>}
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
