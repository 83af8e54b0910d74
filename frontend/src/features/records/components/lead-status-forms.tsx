import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import type { LeadStatus, LostReason } from '@/gql/graphql';
import { useFormMutation } from '@/hooks/use-form-mutation';
import { useFormat } from '@/lib/use-format';

import { AssignLeadDocument, CloseLeadDocument } from '../api/record-mutations';
import { useRecordsPerson } from '../hooks/use-records-person';
import { useOpenLeads, usePeopleAndChannels, type Option } from '../hooks/use-record-options';

import { SelectField } from './select-field';

export const LOST_REASONS: LostReason[] = ['NOT_TARGET', 'NO_BUDGET', 'NO_RESPONSE', 'COMPETITOR', 'OTHER'];

function useLeadOptions(filter: (lead: ReturnType<typeof useOpenLeads>[number]) => boolean): Option[] {
  const dates = useFormat();
  const { t } = useTranslation();
  return useOpenLeads()
    .filter(filter)
    .map((lead) => ({
      id: lead.id,
      label: [
        lead.channel.name,
        dates.dateTime(lead.createdAt),
        lead.assignee ? lead.assignee.fullName : t('records.lead.unassigned'),
        lead.externalId,
      ]
        .filter(Boolean)
        .join(' · '),
    }));
}

/**
 * The version of the lead as this screen shows it, sent as expectedVersion: if someone changed
 * the lead meanwhile, the API refuses with CONFLICT instead of overwriting their change.
 */
function useLeadVersion(): (leadId: string) => number | null {
  const leads = useOpenLeads();
  return (leadId) => leads.find((lead) => lead.id === leadId)?.version ?? null;
}

const ASSIGN_FIELDS = ['leadId', 'assigneeId'] as const;

/** Hands an open lead to a salesperson (its marketer or an owner). */
export function AssignLeadForm({ picksPerson }: { picksPerson: boolean }) {
  const { t } = useTranslation();
  const me = useRecordsPerson();
  const { people } = usePeopleAndChannels();
  const leads = useLeadOptions((lead) => picksPerson || lead.marketer.id === me.id);
  const versionOf = useLeadVersion();
  const form = useFormMutation(AssignLeadDocument, ASSIGN_FIELDS);
  const [leadId, setLeadId] = useState('');
  const [assigneeId, setAssigneeId] = useState('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await form.submit({
      input: { leadId: leadId || null, assigneeId: assigneeId || null, expectedVersion: versionOf(leadId) },
    });
    if (data) setLeadId('');
  }

  const e = form.errors.fields;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('records.assign.formTitle')}>
      <div className="form__grid">
        <SelectField
          name="leadId"
          label={t('records.assign.lead')}
          problem={e.leadId}
          hint={leads.length === 0 ? t('records.assign.noOpenLeads') : undefined}
          value={leadId}
          onChange={setLeadId}
          options={leads}
          empty={t('records.choose')}
        />
        <SelectField
          name="assigneeId"
          label={t('records.assign.assignee')}
          problem={e.assigneeId}
          value={assigneeId}
          onChange={setAssigneeId}
          options={people('HUNTER', 'FARMER')}
          empty={t('records.choose')}
        />
      </div>
      <FormAlert problems={form.errors.form} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.fetching}>
          {t('records.assign.submit')}
        </button>
        <FormStatus message={form.saved ? t('records.assign.saved') : null} />
      </div>
    </form>
  );
}

const CLOSE_FIELDS = ['leadId', 'status', 'lostReason'] as const;

/** Marks an open lead WON or LOST (with the reason) — its salesperson or an owner. */
export function CloseLeadForm({ picksPerson }: { picksPerson: boolean }) {
  const { t } = useTranslation();
  const me = useRecordsPerson();
  const leads = useLeadOptions((lead) => picksPerson || lead.assignee?.id === me.id);
  const versionOf = useLeadVersion();
  const form = useFormMutation(CloseLeadDocument, CLOSE_FIELDS);
  const [leadId, setLeadId] = useState('');
  const [status, setStatus] = useState<LeadStatus>('LOST');
  const [lostReason, setLostReason] = useState<LostReason | ''>('');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await form.submit({
      input: {
        leadId: leadId || null,
        status,
        lostReason: status === 'LOST' ? lostReason || null : null,
        expectedVersion: versionOf(leadId),
      },
    });
    if (data) {
      setLeadId('');
      setLostReason('');
    }
  }

  const e = form.errors.fields;
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('records.close.formTitle')}>
      <div className="form__grid">
        <SelectField
          name="leadId"
          label={t('records.close.lead')}
          problem={e.leadId}
          hint={leads.length === 0 ? t('records.close.noOpenLeads') : undefined}
          value={leadId}
          onChange={setLeadId}
          options={leads}
          empty={t('records.choose')}
        />
        <Field name="status" label={t('records.close.status')} problem={e.status}>
          {(props) => (
            <select
              {...props}
              className="input"
              value={status}
              onChange={(ev) => setStatus(ev.target.value as LeadStatus)}
            >
              <option value="WON">{t('leadStatus.WON')}</option>
              <option value="LOST">{t('leadStatus.LOST')}</option>
            </select>
          )}
        </Field>
        {status === 'LOST' && (
          <Field name="lostReason" label={t('records.close.lostReason')} problem={e.lostReason}>
            {(props) => (
              <select
                {...props}
                className="input"
                value={lostReason}
                onChange={(ev) => setLostReason(ev.target.value as LostReason | '')}
              >
                <option value="">{t('records.choose')}</option>
                {LOST_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`lostReason.${reason}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </div>
      <FormAlert problems={form.errors.form} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.fetching}>
          {t('records.close.submit')}
        </button>
        <FormStatus message={form.saved ? t('records.close.saved') : null} />
      </div>
    </form>
  );
}
