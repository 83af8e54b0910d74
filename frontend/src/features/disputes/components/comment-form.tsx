import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Field, FormAlert } from '@/components/ui/form';
import type { FormErrors, FormProblem } from '@/lib/form-errors';

import { checkComment, COMMENT_MAX } from '../lib/check-comment';

type CommentFormProps = {
  /** The form's accessible name. */
  title: string;
  label: string;
  hint: string;
  submitLabel: string;
  submitting: boolean;
  /** What the API said about the last attempt. */
  errors: FormErrors;
  /** Called with the trimmed comment once it passes the API's own length rule. */
  onSubmit: (comment: string) => void;
  onCancel: () => void;
};

/** A required comment (3–1000 characters) with submit and cancel: contesting a mark and ruling on it. */
export function CommentForm({
  title,
  label,
  hint,
  submitLabel,
  submitting,
  errors,
  onSubmit,
  onCancel,
}: CommentFormProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [local, setLocal] = useState<FormProblem | undefined>();
  const input = useRef<HTMLTextAreaElement>(null);
  const problem = local ?? errors.fields.comment;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkComment(comment);
    setLocal(found);
    if (found) {
      input.current?.focus();
      return;
    }
    onSubmit(comment.trim());
  }

  return (
    <form className="form comment-form" onSubmit={submit} noValidate aria-label={title}>
      <Field name="comment" label={label} hint={hint} problem={problem}>
        {(props) => (
          <textarea
            {...props}
            ref={input}
            className="input comment-form__input"
            rows={3}
            maxLength={COMMENT_MAX}
            required
            autoFocus
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        )}
      </Field>
      <FormAlert problems={errors.form} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('disputes.cancel')}
        </button>
      </div>
    </form>
  );
}
