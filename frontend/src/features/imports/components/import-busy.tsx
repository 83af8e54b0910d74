import { useTranslation } from 'react-i18next';

import type { UploadProgress } from '../api/upload-import';

type ImportBusyProps = {
  dryRun: boolean;
  elapsedSeconds: number;
  progress: UploadProgress | null;
  formatSize: (bytes: number) => string;
};

/**
 * A running upload: how long it has been going, and the bytes sent while they are being sent (the
 * browser's real count). Once the file is up the server answers only when it is done, so from
 * then on the bar is indeterminate: no made-up percentage.
 */
export function ImportBusy({ dryRun, elapsedSeconds, progress, formatSize }: ImportBusyProps) {
  const { t } = useTranslation();
  const sending = progress != null && progress.loaded < progress.total;
  const percent = sending ? Math.floor((progress.loaded / progress.total) * 100) : null;
  return (
    <div className="import-busy">
      <p className="import-busy__title">
        <span>{dryRun ? t('imports.busy.check') : t('imports.busy.apply')}</span>{' '}
        {/* The status line above the form says once what is happening; the seconds are not announced. */}
        <span className="import-busy__elapsed">{t('imports.busy.elapsed', { seconds: elapsedSeconds })}</span>
      </p>
      {sending ? (
        <>
          <progress
            className="import-busy__bar"
            value={progress.loaded}
            max={progress.total}
            aria-label={t('imports.busy.upload')}
          />
          <p className="import-busy__text">
            {t('imports.busy.uploading', { percent, size: formatSize(progress.total) })}
          </p>
        </>
      ) : (
        <>
          <progress
            className="import-busy__bar"
            aria-label={progress ? t('imports.busy.reading') : t('imports.busy.upload')}
          />
          <p className="import-busy__text">{progress ? t('imports.busy.reading') : t('imports.busy.upload')}</p>
        </>
      )}
    </div>
  );
}
