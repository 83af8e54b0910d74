import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { formatMonth } from '@/lib/format';
import { addMonths, monthsBetween, type Period } from '@/lib/period';

import './month-picker.css';

type MonthPickerProps = {
  value: Period;
  onChange: (period: Period) => void;
  min: Period;
  max: Period;
};

/** Previous / next buttons around a select of months (newest first). */
export function MonthPicker({ value, onChange, min, max }: MonthPickerProps) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const language = i18n.resolvedLanguage ?? 'en';
  const months = monthsBetween(min, max);
  if (!months.includes(value)) months.push(value);

  return (
    <div className="month-picker" role="group" aria-label={t('monthPicker.label')}>
      <button
        type="button"
        className="month-picker__step"
        aria-label={t('monthPicker.previous')}
        disabled={value <= min}
        onClick={() => onChange(addMonths(value, -1))}
      >
        <span aria-hidden="true">‹</span>
      </button>
      <label htmlFor={selectId} className="visually-hidden">
        {t('monthPicker.label')}
      </label>
      <select
        id={selectId}
        className="month-picker__select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {months.map((period) => (
          <option key={period} value={period}>
            {formatMonth(period, language)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="month-picker__step"
        aria-label={t('monthPicker.next')}
        disabled={value >= max}
        onClick={() => onChange(addMonths(value, 1))}
      >
        <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
