import type { FormProblem } from '@/lib/form-errors';

export const COMMENT_MIN = 3;
export const COMMENT_MAX = 1000;

/**
 * The API's own rule for a dispute's or a ruling's comment (3 to 1000 characters, trimmed), checked
 * before sending. The messages are the API's words, so the form translates them the same way.
 */
export function checkComment(text: string): FormProblem | undefined {
  const comment = text.trim();
  const problem = (message: string): FormProblem => ({ message, classification: 'BAD_REQUEST', field: 'comment' });
  if (comment === '') return problem('comment is required');
  if (comment.length < COMMENT_MIN) return problem(`comment must be at least ${COMMENT_MIN} characters`);
  if (comment.length > COMMENT_MAX) return problem(`comment must be at most ${COMMENT_MAX} characters`);
  return undefined;
}
