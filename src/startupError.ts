/**
 * A reason Jobscout cannot start that the operator can fix: the message names the setting, the
 * cause and what to do, and is printed as it is, without a stack trace.
 */
export class StartupError extends Error {
  override name = 'StartupError';
}
