import { useState } from 'react';

import type { ImportSource } from '../api/upload-import';
import { ImportBatches } from './import-batches';
import { ImportForm } from './import-form';
import { ImportTemplates } from './import-templates';

import './imports-view.css';

type ImportsViewProps = {
  /** What this person may import: every source for an owner, Direct spend for a marketer. */
  sources: readonly ImportSource[];
  /** The batch list with revert (owners). */
  showBatches: boolean;
};

/** The import screen (SPEC §8): upload with a check first, Tandem's templates, and the applied imports. */
export function ImportsView({ sources, showBatches }: ImportsViewProps) {
  const [reloads, setReloads] = useState(0);
  const templates = sources.some((source) => source.startsWith('tandem-'));
  return (
    <div className="imports">
      <ImportForm sources={sources} onApplied={() => setReloads((n) => n + 1)} />
      {templates && <ImportTemplates />}
      {showBatches && <ImportBatches reloads={reloads} />}
    </div>
  );
}
