import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import type { AmoStatusMeaning, IntegrationsQuery } from '@/gql/graphql';
import { useFormMutation } from '@/hooks/use-form-mutation';

import { SetIntegrationMappingDocument, useMappingOptions } from '../api/integrations';

type Mapping = NonNullable<IntegrationsQuery['integrations'][number]['mapping']>;

/** One line of the editor: amoCRM's id or source, and what it is in Tandem ('' = nothing chosen yet). */
type Line = { key: number; from: string; to: string };

const MEANINGS: AmoStatusMeaning[] = ['IN_WORK', 'WON', 'LOST', 'NOT_TARGET'];

let next = 0;
const line = (from: string, to: string): Line => ({ key: next++, from, to });

/**
 * An amoCRM integration's mapping (docs/integrations.md "Connect amoCRM"): amoCRM users → people, pipeline
 * statuses → their meaning, lead sources → channels, and the cost share of a won deal. Saves every line at once with
 * the version it was read at; a line removed here is removed from the mapping.
 */
export function AmoCrmMapping({
  integrationId,
  mapping,
  onSaved,
}: {
  integrationId: string;
  mapping: Mapping;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [options] = useMappingOptions(false);
  const [users, setUsers] = useState<Line[]>(() => mapping.users.map((u) => line(u.amoUserId, u.employee.id)));
  const [statuses, setStatuses] = useState<Line[]>(() => mapping.statuses.map((s) => line(s.statusId, s.meaning)));
  const [sources, setSources] = useState<Line[]>(() => mapping.sources.map((s) => line(s.source, s.channel.id)));
  const [costShare, setCostShare] = useState(mapping.costShare ?? '');

  const fields = useMemo(() => {
    const names = ['costShare', 'expectedVersion'];
    users.forEach((_, i) => names.push(`users[${i}].amoUserId`, `users[${i}].employeeId`));
    statuses.forEach((_, i) => names.push(`statuses[${i}].statusId`, `statuses[${i}].meaning`));
    sources.forEach((_, i) => names.push(`sources[${i}].source`, `sources[${i}].channelId`));
    return names;
  }, [users, statuses, sources]);
  const save = useFormMutation(SetIntegrationMappingDocument, fields);

  const people = (options.data?.employees ?? []).filter(
    (person) => person.active && (person.position === 'HUNTER' || person.position === 'FARMER'),
  );
  const channels = options.data?.channels.edges.map((edge) => edge.node) ?? [];

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Lines kept first (their index names their fields in an error), then what was removed here.
    const gone = <T,>(before: T[], id: (item: T) => string, now: Line[], norm = (s: string) => s.trim()) =>
      before.filter((item) => !now.some((l) => norm(l.from) === norm(id(item))));
    const lower = (s: string) => s.trim().toLowerCase();
    const data = await save.submit({
      input: {
        integrationId,
        expectedVersion: mapping.version,
        costShare: costShare.trim() === '' ? null : costShare.trim().replace(',', '.'),
        users: [
          ...users.map((l) => ({ amoUserId: l.from.trim(), employeeId: l.to || null })),
          ...gone(mapping.users, (u) => u.amoUserId, users).map((u) => ({ amoUserId: u.amoUserId, employeeId: null })),
        ],
        statuses: [
          ...statuses.map((l) => ({ statusId: l.from.trim(), meaning: (l.to || null) as AmoStatusMeaning | null })),
          ...gone(mapping.statuses, (s) => s.statusId, statuses).map((s) => ({ statusId: s.statusId, meaning: null })),
        ],
        sources: [
          ...sources.map((l) => ({ source: l.from, channelId: l.to || null })),
          ...gone(mapping.sources, (s) => s.source, sources, lower).map((s) => ({ source: s.source, channelId: null })),
        ],
      },
    });
    if (data) onSaved();
  }

  function edit(set: (update: (lines: Line[]) => Line[]) => void, key: number, change: Partial<Line>) {
    set((lines) => lines.map((l) => (l.key === key ? { ...l, ...change } : l)));
  }

  const problem = (name: string) => save.errors.fields[name];

  return (
    <form className="form settings__mapping" onSubmit={onSave} aria-label={t('settings.integrations.mapping.heading')}>
      <p className="muted">{t('settings.integrations.mapping.intro')}</p>
      <fieldset className="settings__map-group">
        <legend>{t('settings.integrations.mapping.users')}</legend>
        {users.map((l, i) => (
          <div className="settings__map-row" key={l.key}>
            <Field
              name={`users[${i}].amoUserId`}
              label={t('settings.integrations.mapping.amoUserId')}
              problem={problem(`users[${i}].amoUserId`)}
            >
              {(props) => (
                <input
                  {...props}
                  className="input"
                  inputMode="numeric"
                  value={l.from}
                  onChange={(e) => edit(setUsers, l.key, { from: e.target.value })}
                />
              )}
            </Field>
            <Field
              name={`users[${i}].employeeId`}
              label={t('settings.integrations.mapping.person')}
              problem={problem(`users[${i}].employeeId`)}
            >
              {(props) => (
                <select
                  {...props}
                  className="input"
                  value={l.to}
                  onChange={(e) => edit(setUsers, l.key, { to: e.target.value })}
                >
                  <option value="">{t('settings.integrations.mapping.choose')}</option>
                  {people.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.fullName}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <RemoveButton
              label={t('settings.integrations.mapping.removeUser', { id: l.from || '…' })}
              onClick={() => setUsers(users.filter((x) => x.key !== l.key))}
            />
          </div>
        ))}
        <button type="button" className="button button--secondary" onClick={() => setUsers([...users, line('', '')])}>
          {t('settings.integrations.mapping.addUser')}
        </button>
      </fieldset>
      <fieldset className="settings__map-group">
        <legend>{t('settings.integrations.mapping.statuses')}</legend>
        <p className="muted">{t('settings.integrations.mapping.statusesHint')}</p>
        {statuses.map((l, i) => (
          <div className="settings__map-row" key={l.key}>
            <Field
              name={`statuses[${i}].statusId`}
              label={t('settings.integrations.mapping.statusId')}
              problem={problem(`statuses[${i}].statusId`)}
            >
              {(props) => (
                <input
                  {...props}
                  className="input"
                  inputMode="numeric"
                  value={l.from}
                  onChange={(e) => edit(setStatuses, l.key, { from: e.target.value })}
                />
              )}
            </Field>
            <Field
              name={`statuses[${i}].meaning`}
              label={t('settings.integrations.mapping.meaning')}
              problem={problem(`statuses[${i}].meaning`)}
            >
              {(props) => (
                <select
                  {...props}
                  className="input"
                  value={l.to}
                  onChange={(e) => edit(setStatuses, l.key, { to: e.target.value })}
                >
                  <option value="">{t('settings.integrations.mapping.choose')}</option>
                  {MEANINGS.map((meaning) => (
                    <option key={meaning} value={meaning}>
                      {t(`settings.integrations.mapping.meanings.${meaning}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <RemoveButton
              label={t('settings.integrations.mapping.removeStatus', { id: l.from || '…' })}
              onClick={() => setStatuses(statuses.filter((x) => x.key !== l.key))}
            />
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setStatuses([...statuses, line('', '')])}
        >
          {t('settings.integrations.mapping.addStatus')}
        </button>
      </fieldset>
      <fieldset className="settings__map-group">
        <legend>{t('settings.integrations.mapping.sources')}</legend>
        <p className="muted">{t('settings.integrations.mapping.sourcesHint')}</p>
        {sources.map((l, i) => (
          <div className="settings__map-row" key={l.key}>
            <Field
              name={`sources[${i}].source`}
              label={t('settings.integrations.mapping.source')}
              problem={problem(`sources[${i}].source`)}
            >
              {(props) => (
                <input
                  {...props}
                  className="input"
                  maxLength={200}
                  value={l.from}
                  onChange={(e) => edit(setSources, l.key, { from: e.target.value })}
                />
              )}
            </Field>
            <Field
              name={`sources[${i}].channelId`}
              label={t('settings.integrations.mapping.channel')}
              problem={problem(`sources[${i}].channelId`)}
            >
              {(props) => (
                <select
                  {...props}
                  className="input"
                  value={l.to}
                  onChange={(e) => edit(setSources, l.key, { to: e.target.value })}
                >
                  <option value="">{t('settings.integrations.mapping.choose')}</option>
                  {channels.map((channel) => (
                    <option key={channel.id} value={channel.id}>
                      {channel.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <RemoveButton
              label={t('settings.integrations.mapping.removeSource', { id: l.from || '…' })}
              onClick={() => setSources(sources.filter((x) => x.key !== l.key))}
            />
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setSources([...sources, line('', '')])}
        >
          {t('settings.integrations.mapping.addSource')}
        </button>
      </fieldset>
      <Field
        name="costShare"
        label={t('settings.integrations.mapping.costShare')}
        hint={t('settings.integrations.mapping.costShareHint')}
        problem={problem('costShare')}
      >
        {(props) => (
          <input
            {...props}
            className="input settings__year"
            inputMode="decimal"
            value={costShare}
            onChange={(e) => setCostShare(e.target.value)}
          />
        )}
      </Field>
      <FormAlert
        problems={[...(problem('expectedVersion') ? [problem('expectedVersion')!] : []), ...save.errors.form]}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.fetching}>
          {t('settings.integrations.mapping.save')}
        </button>
      </div>
      <FormStatus message={save.saved ? t('settings.integrations.mapping.saved') : null} />
    </form>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--secondary settings__map-remove"
      aria-label={label}
      onClick={onClick}
    >
      {t('settings.integrations.mapping.remove')}
    </button>
  );
}
