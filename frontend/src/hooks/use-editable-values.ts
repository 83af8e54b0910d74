import { useState } from 'react';

/**
 * Form values that start from the saved ones and keep what the person typed. When a saved value
 * changes under the form (a refetch after someone's save, the language's number format), a field
 * the person has not touched follows it; a field they edited keeps their text.
 */
export function useEditableValues<K extends string>(saved: Record<K, string>) {
  const [values, setValues] = useState(saved);
  const [base, setBase] = useState(saved);
  const keys = Object.keys(saved) as K[];
  if (keys.some((key) => saved[key] !== base[key])) {
    // Adjusting state while rendering (React's documented pattern): no effect, no stale frame.
    setBase(saved);
    setValues((current) => {
      const next = { ...current };
      for (const key of keys) if (current[key] === base[key]) next[key] = saved[key];
      return next;
    });
  }
  const setValue = (key: K, text: string) => setValues((current) => ({ ...current, [key]: text }));
  return [values, setValue] as const;
}
