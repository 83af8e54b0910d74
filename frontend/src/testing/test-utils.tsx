import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';

import { CompanyValue, type Company } from '@/lib/company';

export const TEST_COMPANY: Company = {
  name: 'Demo Trading LLC',
  currency: 'RUB',
  timeZone: 'Europe/Moscow',
  today: '2026-11-15',
};

/** Renders a component that formats numbers (it needs the company's currency). */
export function renderWithCompany(ui: ReactElement, options?: RenderOptions & { company?: Company }) {
  const company = options?.company ?? TEST_COMPANY;
  return render(<CompanyValue company={company}>{ui}</CompanyValue>, options);
}
