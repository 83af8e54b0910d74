import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';

import { Field } from './form';
import { MoneyInput } from './money-input';

function Amount({ hint }: { hint?: string }) {
  const [text, setText] = useState('');
  return (
    <Field name="amount" label="Amount" hint={hint}>
      {(props) => <MoneyInput {...props} value={text} onValueChange={setText} />}
    </Field>
  );
}

const describedTexts = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

describe('MoneyInput', () => {
  it('says nothing while typing, and formats a valid amount on leaving the field', async () => {
    const user = userEvent.setup();
    render(<Amount hint="In roubles" />);
    const input = screen.getByLabelText('Amount') as HTMLInputElement;

    await user.type(input, '1234567.5');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    await user.tab();
    expect(input.value).toBe('1,234,567.50');
    expect(describedTexts(input)).toEqual(['In roubles']);
  });

  it('ties the reason to the input, before the hint, and keeps what was typed', async () => {
    const user = userEvent.setup();
    render(<Amount hint="In roubles" />);
    const input = screen.getByLabelText('Amount') as HTMLInputElement;

    await user.type(input, '12 abc');
    await user.tab();
    expect(input.value).toBe('12 abc');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedTexts(input)).toEqual(['Enter the amount in digits, e.g. 4,050,000.50', 'In roubles']);

    await user.clear(input);
    await user.type(input, '10.555');
    expect(describedTexts(input)[0]).toBe('At most 2 decimal places');
  });

  it('reads and writes Russian amounts in Russian', async () => {
    await i18n.changeLanguage('ru');
    const user = userEvent.setup();
    render(<Amount />);
    const input = screen.getByLabelText('Amount') as HTMLInputElement;

    await user.type(input, '1000,5');
    await user.tab();
    expect(input.value).toBe('1\u00a0000,50');

    await user.clear(input);
    await user.type(input, '1.5');
    await user.tab();
    expect(describedTexts(input)).toEqual(['Разделяйте тысячи пробелом, а копейки — запятой, например 4 050 000,50']);
  });
});
