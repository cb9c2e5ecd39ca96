/**
 * An error the person caused (a typo, an unknown id, a move that isn't allowed). It carries a
 * stable code for tests and logs and a message fit to show as it is; nothing was changed.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    readonly code: string,
    message: string,
    /** For form submissions: which field was wrong, so adapters can show it on that field. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Narrows an unknown error to a UserError (something to show, not to log). */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
