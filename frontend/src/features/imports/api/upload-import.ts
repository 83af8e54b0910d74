import { reportUnauthorized, WEB_CLIENT_HEADER } from '@/lib/graphql-client';

/** The presets of POST /api/imports (docs/imports.md), in the order the screen offers them. */
export const IMPORT_SOURCES = [
  'amocrm-leads',
  'bitrix24-deals',
  'yandex-direct',
  'tandem-leads',
  'tandem-deals',
  'tandem-spend',
] as const;

export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** The sources with a downloadable Tandem template. */
export const TEMPLATE_SOURCES = ['tandem-leads', 'tandem-deals', 'tandem-spend'] as const satisfies ImportSource[];

export const templateUrl = (source: (typeof TEMPLATE_SOURCES)[number]) => `/api/imports/templates/${source}.csv`;

export type ImportReport = {
  batchId: string | null;
  dryRun: boolean;
  source: ImportSource;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errors: { row: number; column: string | null; message: string }[];
  /** How the file was read: CSV or XLSX; for a CSV its charset and delimiter. */
  format?: 'CSV' | 'XLSX' | null;
  encoding?: string | null;
  delimiter?: string | null;
  /** The preset's columns found in the header row, in the file's order. */
  columns?: { header: string; field: string }[];
  /** Every header cell of the file's header row, as written (for the column mapping). */
  headers?: string[];
};

export type ImportRequest = {
  file: File;
  source: ImportSource;
  dryRun: boolean;
  skipInvalidRows: boolean;
  /** A share of revenue as the API reads it ("0.6"), or null. */
  costShare: string | null;
};

/** A refused upload: the HTTP status with the GraphQL-shaped error's classification and code (0 = no answer). */
export class ImportRefused extends Error {
  constructor(
    readonly status: number,
    readonly classification: string,
    readonly code: string,
    message: string,
    /** MISSING_COLUMNS: the headers of the file's likeliest header row, and the required fields it lacks. */
    readonly details: { headers?: string[]; missing?: string[] } = {},
  ) {
    super(message);
    this.name = 'ImportRefused';
  }
}

/** Bytes sent so far, of how many (the browser's real count, from XMLHttpRequest's upload events). */
export type UploadProgress = { loaded: number; total: number };

/**
 * Sends a file to POST /api/imports. XMLHttpRequest rather than fetch: only it reports upload
 * progress, the one real progress signal there is (the server answers when the whole file is done).
 * Signed in as /graphql is: the session cookie with the web app's header.
 */
export function uploadImport(
  request: ImportRequest,
  options: { onProgress?: (progress: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<ImportReport> {
  const body = new FormData();
  body.append('file', request.file, request.file.name);
  body.append('source', request.source);
  body.append('dryRun', String(request.dryRun));
  if (request.skipInvalidRows) body.append('skipInvalidRows', 'true');
  if (request.costShare) body.append('costShare', request.costShare);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    xhr.withCredentials = true;
    xhr.setRequestHeader(WEB_CLIENT_HEADER, 'web');
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.({ loaded: event.loaded, total: event.total });
    };
    xhr.onload = () => {
      const json = parse(xhr.responseText);
      if (xhr.status === 200 && json && typeof json === 'object' && 'rows' in json) {
        resolve(json as ImportReport);
        return;
      }
      const refusal = refusalOf(xhr.status, json);
      // An ended session ends here as it does for /graphql: the app goes back to its sign-in page.
      if (refusal.classification === 'UNAUTHORIZED') reportUnauthorized({ httpStatus: xhr.status });
      reject(refusal);
    };
    xhr.onerror = () => reject(new ImportRefused(0, 'NETWORK', 'NETWORK', 'The server could not be reached'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function refusalOf(status: number, json: unknown): ImportRefused {
  const error = (json as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | null)?.errors?.[0];
  const classification = String(
    error?.extensions?.classification ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'),
  );
  const code = String(error?.extensions?.code ?? classification);
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
  return new ImportRefused(status, classification, code, error?.message ?? `HTTP ${status}`, {
    headers: strings(error?.extensions?.headers),
    missing: strings(error?.extensions?.missing),
  });
}
