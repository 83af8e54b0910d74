import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useState } from 'react';
import { useMutation, type AnyVariables } from 'urql';

import { formErrorsOf, NO_FORM_ERRORS, type FormErrors } from '@/lib/form-errors';

/**
 * A form's mutation: runs it, and splits a refusal into errors at the form's fields and the rest.
 * `submit` resolves to the data on success, null otherwise.
 */
export function useFormMutation<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  fields: readonly string[],
) {
  const [{ fetching }, execute] = useMutation(document);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [saved, setSaved] = useState(false);

  const submit = useCallback(
    async (variables: Variables): Promise<Data | null> => {
      setSaved(false);
      const result = await execute(variables);
      if (result.error || !result.data) {
        setErrors(formErrorsOf(result.error, fields));
        return null;
      }
      setErrors(NO_FORM_ERRORS);
      setSaved(true);
      return result.data;
    },
    [execute, fields],
  );

  const reset = useCallback(() => {
    setErrors(NO_FORM_ERRORS);
    setSaved(false);
  }, []);

  return { submit, errors, fetching, saved, reset };
}
