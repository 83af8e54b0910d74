import type { InputHTMLAttributes } from 'react';

type PasswordInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'onChange' | 'autoComplete'
> & {
  /** Tells password managers whether to fill in the saved password or offer a new one. */
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onValueChange: (value: string) => void;
};

/** A password field in the house style; takes the id, name and aria attributes a `Field` hands it. */
export function PasswordInput({ onValueChange, ...props }: PasswordInputProps) {
  return <input {...props} className="input" type="password" onChange={(event) => onValueChange(event.target.value)} />;
}
