import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { FormAlert, FormStatus, useProblemText } from '@/components/ui/form';
import { useFormMutation } from '@/hooks/use-form-mutation';
import type { FormProblem } from '@/lib/form-errors';

import { SetCompanyCalendarDocument } from '../api/settings';

const FIELDS = ['year', 'nonWorkingDays', 'workingWeekendDays'] as const;

type CalendarFormProps = {
  year: number;
  years: number[];
  onYearChange: (year: number) => void;
  nonWorkingDays: string[];
  workingWeekendDays: string[];
};

/** A year's holidays and worked weekend days, as the owner enters them; Save replaces the year's two lists. */
export function CalendarForm({ year, years, onYearChange, nonWorkingDays, workingWeekendDays }: CalendarFormProps) {
  const { t } = useTranslation();
  const yearId = useId();
  const [holidays, setHolidays] = useState(nonWorkingDays);
  const [worked, setWorked] = useState(workingWeekendDays);
  const form = useFormMutation(SetCompanyCalendarDocument, FIELDS);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit({ year, input: { year, nonWorkingDays: holidays, workingWeekendDays: worked } });
  }

  return (
    <Card title={t('settings.calendarHeading', { year })}>
      <p className="muted">{t('settings.calendarIntro')}</p>
      <div className="field">
        <label htmlFor={yearId} className="field__label">
          {t('settings.year')}
        </label>
        <select
          id={yearId}
          className="input settings__year"
          value={year}
          onChange={(event) => onYearChange(Number(event.target.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <form className="form" onSubmit={onSubmit} noValidate aria-label={t('settings.calendarHeading', { year })}>
        <div className="settings__lists">
          <DateList
            title={t('settings.nonWorkingDays')}
            hint={t('settings.nonWorkingHint')}
            year={year}
            dates={holidays}
            onChange={setHolidays}
            problem={form.errors.fields.nonWorkingDays}
          />
          <DateList
            title={t('settings.workingWeekendDays')}
            hint={t('settings.workingWeekendHint')}
            year={year}
            dates={worked}
            onChange={setWorked}
            problem={form.errors.fields.workingWeekendDays}
          />
        </div>
        <FormAlert problems={form.errors.form} />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={form.fetching}>
            {t('settings.saveCalendar', { year })}
          </button>
          <FormStatus message={form.saved ? t('settings.saved') : null} />
        </div>
      </form>
    </Card>
  );
}

type DateListProps = {
  title: string;
  hint: string;
  year: number;
  dates: string[];
  onChange: (dates: string[]) => void;
  problem: FormProblem | undefined;
};

function DateList({ title, hint, year, dates, onChange, problem }: DateListProps) {
  const { t, i18n } = useTranslation();
  const describe = useProblemText();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const outside = draft !== '' && !draft.startsWith(`${year}-`);
  const label = (date: string) =>
    new Intl.DateTimeFormat(i18n.language, {
      day: 'numeric',
      month: 'short',
      weekday: 'short',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`));

  function add() {
    if (draft === '' || outside || dates.includes(draft)) return;
    onChange([...dates, draft].sort());
    setDraft('');
  }

  return (
    <section className="settings__list" aria-label={title}>
      <h4>{title}</h4>
      <p className="muted">{hint}</p>
      {dates.length === 0 ? (
        <p className="muted">{t('settings.noDates')}</p>
      ) : (
        <ul className="settings__dates">
          {dates.map((date) => (
            <li key={date} className="settings__date">
              <time dateTime={date}>{label(date)}</time>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onChange(dates.filter((d) => d !== date))}
                aria-label={t('settings.removeDate', { date: label(date) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="settings__add">
        <div className="field">
          <label htmlFor={inputId} className="field__label">
            {t('settings.addDate')}
          </label>
          <input
            id={inputId}
            type="date"
            className="input"
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            aria-invalid={outside || problem ? true : undefined}
          />
        </div>
        <button type="button" className="button button--secondary" onClick={add} disabled={draft === '' || outside}>
          {t('settings.add')}
        </button>
      </div>
      {outside && <p className="field__error">{t('settings.otherYear', { year })}</p>}
      {problem && <p className="field__error">{describe(problem)}</p>}
    </section>
  );
}
