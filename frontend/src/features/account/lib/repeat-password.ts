import type { FormProblem } from '@/lib/form-errors';

/** The repeat field's problem when it differs from the new password; the form then sends nothing. */
export function repeatMismatch(newPassword: string, repeat: string): FormProblem | undefined {
  if (newPassword === repeat) return undefined;
  return {
    message: 'The passwords do not match',
    classification: 'BAD_REQUEST',
    field: 'repeatPassword',
    key: 'repeatMismatch',
  };
}
