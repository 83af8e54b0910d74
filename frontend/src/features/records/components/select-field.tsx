import { Field } from '@/components/ui/form';
import type { FormProblem } from '@/lib/form-errors';

import type { Option } from '../hooks/use-record-options';

import { SelectOptions } from './select-options';

type SelectFieldProps = {
  name: string;
  label: string;
  problem?: FormProblem;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  /** The first, empty choice: "— choose —", "unassigned", "no lead". */
  empty: string;
};

/** A labelled pick of a record (a channel, a person, a lead, a client) with its hint and problem under it. */
export function SelectField({ name, label, problem, hint, value, onChange, options, empty }: SelectFieldProps) {
  return (
    <Field name={name} label={label} problem={problem} hint={hint}>
      {(props) => (
        <select {...props} className="input" value={value} onChange={(ev) => onChange(ev.target.value)}>
          <SelectOptions options={options} empty={empty} />
        </select>
      )}
    </Field>
  );
}
