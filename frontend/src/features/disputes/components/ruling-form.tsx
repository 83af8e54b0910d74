import { useTranslation } from 'react-i18next';

import type { DisputeVerdict } from '@/gql/graphql';
import { useFormMutation } from '@/hooks/use-form-mutation';

import { ResolveDisputeDocument } from '../api/disputes';

import { CommentForm } from './comment-form';

const FIELDS = ['comment'] as const;

type RulingFormProps = {
  disputeId: string;
  verdict: DisputeVerdict;
  channel: string;
  onDone: () => void;
};

/** An owner upholds or overturns a contested mark, saying why. */
export function RulingForm({ disputeId, verdict, channel, onDone }: RulingFormProps) {
  const { t } = useTranslation();
  const form = useFormMutation(ResolveDisputeDocument, FIELDS);
  return (
    <CommentForm
      title={t('disputes.rulingFormTitle', { channel })}
      label={t('disputes.rulingComment')}
      hint={t('disputes.rulingHint')}
      submitLabel={verdict === 'UPHELD' ? t('disputes.confirmUphold') : t('disputes.confirmOverturn')}
      submitting={form.fetching}
      errors={form.errors}
      onSubmit={async (comment) => {
        if (await form.submit({ input: { disputeId, verdict, comment } })) onDone();
      }}
      onCancel={onDone}
    />
  );
}
