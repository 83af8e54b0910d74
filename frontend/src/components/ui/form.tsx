import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCodeKey } from '@/lib/error-codes';
import { problemText, type FormProblem } from '@/lib/form-errors';

import './form.css';

/** The text of an API problem in the person's language. */
export function useProblemText(): (problem: FormProblem) => string {
  const { t } = useTranslation();
  return (problem) => {
    const text = problemText(problem);
    if (text.key === 'code') return t(errorCodeKey(text.values.code));
    const values: Record<string, string> = { ...text.values };
    // One key's type stands for all: the union of keys trips i18next's typed overloads.
    return t(`forms.problem.${text.key}` as 'forms.problem.invalid', values as { message: string });
  };
}

/** What a field's control needs to be labelled and to point at its hint and error. */
export type ControlProps = {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
};

type FieldProps = {
  /** The API's input field name; also the control's `name`. */
  name: string;
  label: string;
  hint?: string;
  problem?: FormProblem;
  /** Renders the control (input, select) with the given props spread on it. */
  children: (props: ControlProps) => ReactNode;
};

/**
 * A labelled control with its hint and its error right under it. An error from the API marks the
 * control aria-invalid and is announced with it (aria-describedby).
 */
export function Field({ name, label, hint, problem, children }: FieldProps) {
  const id = useId();
  const describe = useProblemText();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [problem ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={problem ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children({ id, name, 'aria-invalid': problem ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={errorId} className="field__error">
          {describe(problem)}
        </p>
      )}
    </div>
  );
}

/** Problems that belong to no field of the form (not allowed, conflict, network), announced at once. */
export function FormAlert({ problems }: { problems: FormProblem[] }) {
  const describe = useProblemText();
  const texts = [...new Set(problems.map(describe))];
  return (
    <div className="form-alert" role="alert">
      {texts.length > 0 &&
        (texts.length === 1 ? (
          <p className="form-alert__text">{texts[0]}</p>
        ) : (
          <ul className="form-alert__list">
            {texts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        ))}
    </div>
  );
}

/** A short "Saved" after a successful submit, announced politely. */
export function FormStatus({ message }: { message: string | null }) {
  return (
    <p className="form-status" role="status">
      {message}
    </p>
  );
}
