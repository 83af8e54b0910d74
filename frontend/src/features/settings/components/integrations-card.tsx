import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';

import { Card } from '@/components/ui/card';
import { Field, FormAlert, FormStatus } from '@/components/ui/form';
import type { IntegrationKind, IntegrationsQuery } from '@/gql/graphql';
import { useFormMutation } from '@/hooks/use-form-mutation';
import { useFormat } from '@/lib/use-format';

import {
  CreateIntegrationDocument,
  DeactivateIntegrationDocument,
  ReplayWebhookEventDocument,
  RotateIntegrationSecretDocument,
  useFailedEvents,
  useIntegrations,
} from '../api/integrations';

import { AmoCrmMapping } from './amocrm-mapping';

type Integration = IntegrationsQuery['integrations'][number];

type Secret = { kind: IntegrationKind; name: string; hookUrl: string; secret: string };

const CREATE_FIELDS = ['name', 'kind'] as const;

/** The hook URL as the source must call it: the API answers a path when no public address is configured. */
function absolute(url: string): string {
  return url.startsWith('/') ? `${window.location.origin}${url}` : url;
}

/**
 * Webhooks in (docs/integrations.md): the owner creates a door for a site's forms or a CRM, sees its secret
 * once, and follows what arrived — failed deliveries with their reason, replayed once the cause is fixed.
 */
export function IntegrationsCard() {
  const { t } = useTranslation();
  const [result, reexecute] = useIntegrations();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const [name, setName] = useState('');
  const [kind, setKind] = useState<IntegrationKind>('GENERIC');
  const [secret, setSecret] = useState<Secret | null>(null);
  const create = useFormMutation(CreateIntegrationDocument, CREATE_FIELDS);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = await create.submit({ input: { kind, name } });
    const created = data?.createIntegration;
    if (created?.secret && created.hookUrl) {
      setSecret({ kind: created.kind, name: created.name, hookUrl: created.hookUrl, secret: created.secret });
      setName('');
      refresh();
    }
  }

  const integrations = result.data?.integrations ?? [];
  return (
    <Card title={t('settings.integrations.heading')}>
      <p className="muted">{t('settings.integrations.intro')}</p>
      {secret && <SecretShownOnce secret={secret} onDismiss={() => setSecret(null)} />}
      {integrations.length === 0 ? (
        <p className="muted">{t('settings.integrations.none')}</p>
      ) : (
        <ul className="settings__integrations" aria-label={t('settings.integrations.list')}>
          {integrations.map((integration) => (
            <IntegrationRow key={integration.id} integration={integration} onChange={refresh} onSecret={setSecret} />
          ))}
        </ul>
      )}
      <form className="form" onSubmit={onCreate} aria-label={t('settings.integrations.createHeading')}>
        <Field name="kind" label={t('settings.integrations.kind')} problem={create.errors.fields.kind}>
          {(props) => (
            <select
              {...props}
              className="input"
              value={kind}
              onChange={(event) => setKind(event.target.value as IntegrationKind)}
            >
              <option value="GENERIC">{t('settings.integrations.kinds.GENERIC')}</option>
              <option value="AMOCRM">{t('settings.integrations.kinds.AMOCRM')}</option>
            </select>
          )}
        </Field>
        <Field
          name="name"
          label={t('settings.integrations.name')}
          hint={t('settings.integrations.nameHint')}
          problem={create.errors.fields.name}
        >
          {(props) => (
            <input
              {...props}
              className="input"
              value={name}
              maxLength={100}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <FormAlert problems={create.errors.form} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={create.fetching}>
            {t('settings.integrations.create')}
          </button>
        </div>
      </form>
    </Card>
  );
}

function SecretShownOnce({ secret, onDismiss }: { secret: Secret; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <section
      className="settings__secret"
      role="status"
      aria-label={t('settings.integrations.secretHeading', { name: secret.name })}
    >
      <h3 className="settings__subheading">{t('settings.integrations.secretHeading', { name: secret.name })}</h3>
      <p>{secret.kind === 'AMOCRM' ? t('settings.integrations.urlOnce') : t('settings.integrations.secretOnce')}</p>
      <label className="field__label" htmlFor="integration-hook-url">
        {t('settings.integrations.hookUrl')}
      </label>
      <input
        id="integration-hook-url"
        className="input"
        readOnly
        value={absolute(secret.hookUrl)}
        onFocus={(event) => event.target.select()}
      />
      {secret.kind === 'AMOCRM' ? (
        <AmoCrmWhereToPaste />
      ) : (
        <>
          <label className="field__label" htmlFor="integration-secret">
            {t('settings.integrations.secret')}
          </label>
          <input
            id="integration-secret"
            className="input"
            readOnly
            value={secret.secret}
            onFocus={(event) => event.target.select()}
          />
        </>
      )}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {secret.kind === 'AMOCRM' ? t('settings.integrations.copiedUrl') : t('settings.integrations.copied')}
        </button>
      </div>
    </section>
  );
}

/** Where the URL goes in amoCRM and which events to tick (docs/integrations.md "Connect amoCRM"). */
function AmoCrmWhereToPaste() {
  const { t } = useTranslation();
  return (
    <div>
      <p>{t('settings.integrations.amoPaste')}</p>
      <ul className="settings__amo-events">
        <li>{t('settings.integrations.amoEvents.add')}</li>
        <li>{t('settings.integrations.amoEvents.update')}</li>
        <li>{t('settings.integrations.amoEvents.status')}</li>
        <li>{t('settings.integrations.amoEvents.delete')}</li>
      </ul>
      <p className="muted">{t('settings.integrations.amoUnsigned')}</p>
    </div>
  );
}

function IntegrationRow({
  integration,
  onChange,
  onSecret,
}: {
  integration: Integration;
  onChange: () => void;
  onSecret: (secret: Secret) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [showFailed, setShowFailed] = useState(false);
  const [showMapping, setShowMapping] = useState(false);
  const [rotate, executeRotate] = useMutation(RotateIntegrationSecretDocument);
  const [deactivate, executeDeactivate] = useMutation(DeactivateIntegrationDocument);

  async function onRotate() {
    if (!window.confirm(t('settings.integrations.rotateConfirm', { name: integration.name }))) return;
    const answer = await executeRotate({ id: integration.id });
    const rotated = answer.data?.rotateIntegrationSecret;
    if (rotated?.secret && rotated.hookUrl) {
      onSecret({ kind: rotated.kind, name: rotated.name, hookUrl: rotated.hookUrl, secret: rotated.secret });
    }
  }

  async function onDeactivate() {
    if (!window.confirm(t('settings.integrations.deactivateConfirm', { name: integration.name }))) return;
    await executeDeactivate({ id: integration.id });
    onChange();
  }

  return (
    <li className="settings__integration">
      <div>
        <strong>{integration.name}</strong>{' '}
        <span className="muted">{t(`settings.integrations.kinds.${integration.kind}`)} · </span>
        <span className="muted">
          {integration.active ? t('settings.integrations.active') : t('settings.integrations.inactive')}
        </span>
        <p className="muted">
          {t('settings.integrations.counts', {
            received: integration.eventsReceived,
            failed: integration.eventsFailed,
          })}
          {integration.lastEventAt && (
            <> · {t('settings.integrations.last', { at: format.dateTime(integration.lastEventAt) })}</>
          )}
        </p>
      </div>
      {integration.active && (
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onRotate} disabled={rotate.fetching}>
            {t('settings.integrations.rotate')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={onDeactivate}
            disabled={deactivate.fetching}
          >
            {t('settings.integrations.deactivate')}
          </button>
        </div>
      )}
      {integration.mapping && (
        <>
          {integration.active && <p className="muted">{t('settings.integrations.amoWhere')}</p>}
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={showMapping}
            onClick={() => setShowMapping(!showMapping)}
          >
            {t('settings.integrations.mapping.toggle', {
              users: integration.mapping.users.length,
              statuses: integration.mapping.statuses.length,
              sources: integration.mapping.sources.length,
            })}
          </button>
          {showMapping && (
            <AmoCrmMapping integrationId={integration.id} mapping={integration.mapping} onSaved={onChange} />
          )}
        </>
      )}
      {integration.eventsFailed > 0 && (
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={showFailed}
          onClick={() => setShowFailed(!showFailed)}
        >
          {t('settings.integrations.showFailed', { count: integration.eventsFailed })}
        </button>
      )}
      {showFailed && <FailedEvents integrationId={integration.id} onChange={onChange} />}
    </li>
  );
}

function FailedEvents({ integrationId, onChange }: { integrationId: string; onChange: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, reexecute] = useFailedEvents(integrationId, false);
  const [replay, executeReplay] = useMutation(ReplayWebhookEventDocument);
  const [replayed, setReplayed] = useState<string | null>(null);

  async function onReplay(id: string) {
    const answer = await executeReplay({ id });
    if (!answer.error) {
      setReplayed(id);
      reexecute({ requestPolicy: 'network-only' });
      onChange();
    }
  }

  const events = result.data?.webhookEvents ?? [];
  return (
    <div className="settings__failed">
      <ul aria-label={t('settings.integrations.failedList')}>
        {events.map((event) => (
          <li key={event.id}>
            <span className="muted">{format.dateTime(event.receivedAt)}</span> {event.lastError}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onReplay(event.id)}
              disabled={replay.fetching}
            >
              {t('settings.integrations.replay')}
            </button>
          </li>
        ))}
      </ul>
      <FormStatus message={replayed ? t('settings.integrations.replayed') : null} />
    </div>
  );
}
