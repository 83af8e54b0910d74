import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { FormProblem, ProblemKey } from '@/lib/form-errors';
import { formatMoneyInput, parseMoney, type MoneyProblem } from '@/lib/money-input';

import { useProblemText, type ControlProps } from './form';

const PROBLEM_KEYS: Record<MoneyProblem, ProblemKey> = {
  format: 'moneyFormat',
  separator: 'moneySeparator',
  grouping: 'moneyGrouping',
  decimals: 'decimals',
  negative: 'negative',
};

/** The language money is typed in: the one the app speaks. */
export function useMoneyLanguage(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}

/** What is wrong with a typed amount in `language`, as a form problem found by the browser; null when nothing. */
export function moneyProblem(text: string, language: string): FormProblem | null {
  const parsed = parseMoney(text, language);
  if (parsed.ok) return null;
  const key = PROBLEM_KEYS[parsed.problem];
  return {
    message: key,
    classification: 'BAD_REQUEST',
    key,
    values: parsed.problem === 'decimals' ? { count: '2' } : undefined,
  };
}

type MoneyInputProps = Partial<ControlProps> & {
  id: string;
  /** What the person typed (or the formatted amount). */
  value: string;
  onValueChange: (text: string) => void;
  /** Show a format problem before the field is left, say after a submit that sent nothing. */
  showProblem?: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
};

/**
 * A money amount in the person's language ("4,050,000.50" / "4 050 000,50"). Leaving the field
 * writes a valid amount back formatted; an amount the language would read another way stays as typed
 * with the reason under it (aria-describedby), and the form must not send it (`parseMoney` says so).
 */
export function MoneyInput({
  id,
  value,
  onValueChange,
  showProblem = false,
  'aria-invalid': ariaInvalid,
  'aria-describedby': describedBy,
  ...rest
}: MoneyInputProps) {
  const language = useMoneyLanguage();
  const describe = useProblemText();
  const [left, setLeft] = useState(false);
  const problem = left || showProblem ? moneyProblem(value, language) : null;
  const errorId = `${id}-money-error`;

  return (
    <>
      <input
        {...rest}
        id={id}
        className="input"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        aria-invalid={problem ? true : ariaInvalid}
        aria-describedby={[problem ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onValueChange(event.target.value)}
        onBlur={() => {
          setLeft(true);
          const parsed = parseMoney(value, language);
          if (parsed.ok && parsed.value != null) onValueChange(formatMoneyInput(parsed.value, language));
        }}
      />
      {problem && (
        <p id={errorId} className="field__error">
          {describe(problem)}
        </p>
      )}
    </>
  );
}
