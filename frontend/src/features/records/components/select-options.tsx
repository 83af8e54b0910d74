import type { Option } from '../hooks/use-record-options';

/** A select's options with a first empty choice ("— choose —" or "none"). */
export function SelectOptions({ options, empty }: { options: Option[]; empty: string }) {
  return (
    <>
      <option value="">{empty}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </>
  );
}
