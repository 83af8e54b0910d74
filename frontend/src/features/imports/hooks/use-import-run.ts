import { useCallback, useEffect, useRef, useState } from 'react';

import {
  ImportRefused,
  uploadImport,
  type ImportReport,
  type ImportRequest,
  type UploadProgress,
} from '../api/upload-import';

export type ImportRun =
  | { phase: 'idle' }
  | { phase: 'running'; dryRun: boolean; startedAt: number; progress: UploadProgress | null }
  | { phase: 'done'; report: ImportReport; key: string }
  | { phase: 'refused'; dryRun: boolean; refusal: ImportRefused };

/** What a check was of: the same key means "Import" applies exactly the file and options that were checked. */
export function requestKey(request: Omit<ImportRequest, 'dryRun'>): string {
  const { file } = request;
  return JSON.stringify([
    file.name,
    file.size,
    file.lastModified,
    request.source,
    request.skipInvalidRows,
    request.costShare,
  ]);
}

/**
 * One upload at a time to POST /api/imports, its phase for the screen, and the seconds it has
 * been running (the server answers only when the whole file is done, so time is the honest signal
 * after the bytes are sent). Leaving the screen aborts the request: a file still being sent is not
 * imported; one the server already has is finished there and shows in the batch list.
 */
export function useImportRun() {
  const [run, setRun] = useState<ImportRun>({ phase: 'idle' });
  const [now, setNow] = useState(() => Date.now());
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const running = run.phase === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  /** Runs the upload; resolves to the report (null when refused or cancelled). */
  const start = useCallback(async (request: ImportRequest): Promise<ImportReport | null> => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const startedAt = Date.now();
    setNow(startedAt);
    setRun({ phase: 'running', dryRun: request.dryRun, startedAt, progress: null });
    try {
      const report = await uploadImport(request, {
        signal: abort.signal,
        onProgress: (progress) =>
          setRun((current) => (current.phase === 'running' ? { ...current, progress } : current)),
      });
      setRun({ phase: 'done', report, key: requestKey(request) });
      return report;
    } catch (error) {
      if (abort.signal.aborted) return null;
      const refusal =
        error instanceof ImportRefused ? error : new ImportRefused(0, 'NETWORK', 'NETWORK', String(error));
      setRun({ phase: 'refused', dryRun: request.dryRun, refusal });
      return null;
    }
  }, []);

  const reset = useCallback(() => {
    controller.current?.abort();
    setRun({ phase: 'idle' });
  }, []);

  const elapsedSeconds = run.phase === 'running' ? Math.max(0, Math.floor((now - run.startedAt) / 1000)) : 0;
  return { run, start, reset, elapsedSeconds };
}
