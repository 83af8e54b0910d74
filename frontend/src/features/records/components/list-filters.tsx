import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ListFiltersProps = {
  /** The filter fields (search, pickers); each a labelled control. */
  children?: ReactNode;
  showVoided: boolean;
  onShowVoided: (show: boolean) => void;
  /** Shown while some filter is set: sets them all back. */
  onClear?: () => void;
};

/** The bar above a list: what to find, and whether voided records are listed too. */
export function ListFilters({ children, showVoided, onShowVoided, onClear }: ListFiltersProps) {
  const { t } = useTranslation();
  return (
    <form
      role="search"
      aria-label={t('corrections.filters')}
      className="list-filters"
      onSubmit={(ev) => ev.preventDefault()}
    >
      {children}
      <label className="list-filters__toggle">
        <input type="checkbox" checked={showVoided} onChange={(ev) => onShowVoided(ev.target.checked)} />
        {t('corrections.showVoided')}
      </label>
      {onClear && (
        <button type="button" className="button button--secondary list-filters__clear" onClick={onClear}>
          {t('corrections.clear')}
        </button>
      )}
    </form>
  );
}

type FilterFieldProps = { id: string; label: string; children: (id: string) => ReactNode };

/** One labelled control of the filter bar. */
export function FilterField({ id, label, children }: FilterFieldProps) {
  return (
    <div className="list-filters__field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
