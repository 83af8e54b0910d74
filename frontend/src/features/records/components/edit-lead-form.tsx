import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field } from '@/components/ui/form';
import { useFormMutation } from '@/hooks/use-form-mutation';
import { useCompany } from '@/lib/company';

import { UpdateLeadDocument } from '../api/corrections';
import { changedFields } from '../hooks/changed-fields';
import { usePeopleAndChannels } from '../hooks/use-record-options';
import { fromZonedInput, toZonedInput } from '../hooks/zoned-time';

import { CorrectionFooter } from './correction-footer';
import { SelectField } from './select-field';

const FIELDS = ['createdAt', 'channelId', 'assigneeId'] as const;

export type EditableLead = {
  id: string;
  version: number;
  createdAt: string;
  channel: { id: string; name: string };
  assignee?: { id: string; fullName: string } | null;
};

type EditLeadFormProps = { lead: EditableLead; label: string; onCancel: () => void; onReload: () => void };

/**
 * Corrects where a lead came from (when, which channel) and who works it — what its marketer or
 * an owner may change; sends only what changed and the version seen.
 */
export function EditLeadForm({ lead, label, onCancel, onReload }: EditLeadFormProps) {
  const { t } = useTranslation();
  const { timeZone, today } = useCompany();
  const { people, channels } = usePeopleAndChannels();
  const form = useFormMutation(UpdateLeadDocument, FIELDS);
  const shownAt = toZonedInput(lead.createdAt, timeZone);
  const [createdAt, setCreatedAt] = useState(shownAt);
  const [channelId, setChannelId] = useState(lead.channel.id);
  const [assigneeId, setAssigneeId] = useState(lead.assignee?.id ?? '');
  const [unchanged, setUnchanged] = useState(false);
  const channelOptions = channels.some((c) => c.id === lead.channel.id)
    ? channels
    : [{ id: lead.channel.id, label: lead.channel.name }, ...channels];
  const salespeople = people('HUNTER', 'FARMER');
  const assigneeOptions =
    lead.assignee && !salespeople.some((p) => p.id === lead.assignee?.id)
      ? [{ id: lead.assignee.id, label: lead.assignee.fullName }, ...salespeople]
      : salespeople;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The time is compared as shown (to the minute), so an untouched one is never sent.
    const { createdAt: timeChanged, ...changes } = changedFields(
      { createdAt: shownAt, channelId: lead.channel.id, assigneeId: lead.assignee?.id ?? null },
      { createdAt: createdAt || null, channelId: channelId || null, assigneeId: assigneeId || null },
    );
    const input =
      timeChanged !== undefined
        ? { ...changes, createdAt: timeChanged && fromZonedInput(timeChanged, timeZone) }
        : changes;
    setUnchanged(Object.keys(input).length === 0);
    if (Object.keys(input).length === 0) {
      form.reset();
      return;
    }
    await form.submit({ input: { id: lead.id, expectedVersion: lead.version, ...input } });
  }

  const e = form.errors.fields;
  return (
    <form
      className="form records-panel"
      onSubmit={onSubmit}
      noValidate
      aria-label={t('corrections.editTitle', { record: label })}
    >
      <h3 className="records-panel__title">{t('corrections.editTitle', { record: label })}</h3>
      <div className="form__grid records-panel__grid--wide">
        <Field name="createdAt" label={t('corrections.createdAt')} problem={e.createdAt}>
          {(props) => (
            <input
              {...props}
              className="input"
              type="datetime-local"
              max={`${today}T23:59`}
              value={createdAt}
              onChange={(ev) => setCreatedAt(ev.target.value)}
            />
          )}
        </Field>
        <SelectField
          name="channelId"
          label={t('records.lead.channel')}
          problem={e.channelId}
          value={channelId}
          onChange={setChannelId}
          options={channelOptions}
          empty={t('records.choose')}
        />
        <SelectField
          name="assigneeId"
          label={t('records.lead.assignee')}
          problem={e.assigneeId}
          value={assigneeId}
          onChange={setAssigneeId}
          options={assigneeOptions}
          empty={t('records.lead.unassigned')}
        />
      </div>
      <CorrectionFooter {...form} unchanged={unchanged} onCancel={onCancel} onReload={onReload} />
    </form>
  );
}
