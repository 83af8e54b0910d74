import { useTranslation } from 'react-i18next';

import type { ControlProps } from '@/components/ui/form';
import type { Position, Role } from '@/gql/graphql';

export const ROLES: Role[] = ['EMPLOYEE', 'OWNER'];
export const POSITIONS: Position[] = ['MARKETER', 'HUNTER', 'FARMER'];

export function RoleSelect({
  value,
  onChange,
  ...props
}: ControlProps & { value: Role; onChange: (role: Role) => void }) {
  const { t } = useTranslation();
  return (
    <select {...props} className="input" value={value} onChange={(event) => onChange(event.target.value as Role)}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {t(`role.${role}`)}
        </option>
      ))}
    </select>
  );
}

/** Employees need a position; an owner may hold none. */
export function PositionSelect({
  value,
  onChange,
  ...props
}: ControlProps & { value: Position | ''; onChange: (position: Position | '') => void }) {
  const { t } = useTranslation();
  return (
    <select
      {...props}
      className="input"
      value={value}
      onChange={(event) => onChange(event.target.value as Position | '')}
    >
      <option value="">{t('people.noPosition')}</option>
      {POSITIONS.map((position) => (
        <option key={position} value={position}>
          {t(`position.${position}`)}
        </option>
      ))}
    </select>
  );
}
