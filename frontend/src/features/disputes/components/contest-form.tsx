import { useTranslation } from 'react-i18next';

import { useFormMutation } from '@/hooks/use-form-mutation';

import { ContestLostReasonDocument } from '../api/disputes';

import { CommentForm } from './comment-form';

const FIELDS = ['comment'] as const;

type ContestFormProps = {
  leadId: string;
  /** Names the lead in the form's title: "the lead from Yandex Direct, Nov 5". */
  channel: string;
  date: string;
  onDone: () => void;
};

/** The marketer contests a NOT_TARGET mark on their lead, with their argument. */
export function ContestForm({ leadId, channel, date, onDone }: ContestFormProps) {
  const { t } = useTranslation();
  const form = useFormMutation(ContestLostReasonDocument, FIELDS);
  return (
    <CommentForm
      title={t('disputes.contestFormTitle', { channel, date })}
      label={t('disputes.contestComment')}
      hint={t('disputes.contestHint')}
      submitLabel={t('disputes.contestSubmit')}
      submitting={form.fetching}
      errors={form.errors}
      onSubmit={async (comment) => {
        if (await form.submit({ input: { leadId, comment } })) onDone();
      }}
      onCancel={onDone}
    />
  );
}
