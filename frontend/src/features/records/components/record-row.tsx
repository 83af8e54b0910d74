import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { RecordKind } from '@/gql/graphql';

import { RecordHistory, VoidReason } from './record-history';
import { VoidRecordForm, type VoidableKind } from './void-record-form';

type Panel = 'edit' | 'void' | 'history';

type RecordRowProps = {
  kind: VoidableKind & RecordKind;
  record: { id: string; version: number; voided: boolean };
  /** The record in words ("the deal of Nov 5 with Volga Paper Mill"), for the actions' names. */
  label: string;
  /** The row's cells: a th and tds. */
  cells: ReactNode;
  /** The table's column count, actions included: the panel row spans them all. */
  columns: number;
  /** Whether the person may correct and void it (the API decides anyway). */
  correctable: boolean;
  /** The correction form; `close` hides it again. */
  edit: (close: () => void) => ReactNode;
  /** After a void: the list shows voided records, so the record stays in sight. */
  onVoided: () => void;
};

/**
 * One record of a list with its actions: Edit and Void for those who may correct it, History for
 * everyone who sees it. The open action's panel is a row of its own right under the record.
 */
export function RecordRow({ kind, record, label, cells, columns, correctable, edit, onVoided }: RecordRowProps) {
  const { t } = useTranslation();
  const [panel, setPanel] = useState<Panel | null>(null);
  const close = () => setPanel(null);
  const panelId = `record-panel-${kind}-${record.id}`;
  const describedBy = useId();
  const mayChange = correctable && !record.voided;

  function toggle(next: Panel) {
    setPanel((current) => (current === next ? null : next));
  }

  // Named by the visible word (WCAG 2.5.3); the record it acts on is its description. Were the
  // record in the name, the actions cell's own name would repeat the row's client, channel, ….
  function action(name: Panel, text: string) {
    return (
      <button
        type="button"
        className="button button--secondary records__action"
        aria-describedby={describedBy}
        aria-expanded={panel === name}
        aria-controls={panel === name ? panelId : undefined}
        onClick={() => toggle(name)}
      >
        {text}
      </button>
    );
  }

  return (
    <>
      <tr className={record.voided ? 'records__row records__row--voided' : 'records__row'}>
        {cells}
        <td className="records__actions">
          <span hidden id={describedBy}>
            {label}
          </span>
          {record.voided && <VoidReason kind={kind} id={record.id} />}
          <div className="records__action-list">
            {mayChange && action('edit', t('corrections.edit'))}
            {mayChange && action('void', t('corrections.void'))}
            {action('history', t('corrections.history'))}
          </div>
        </td>
      </tr>
      {panel && (
        <tr className="records__panel-row">
          <td colSpan={columns} id={panelId}>
            {panel === 'edit' && edit(close)}
            {panel === 'void' && (
              <VoidRecordForm
                kind={kind}
                record={record}
                label={label}
                onCancel={close}
                onVoided={() => {
                  close();
                  onVoided();
                }}
              />
            )}
            {panel === 'history' && <RecordHistory kind={kind} id={record.id} label={label} onClose={close} />}
          </td>
        </tr>
      )}
    </>
  );
}
