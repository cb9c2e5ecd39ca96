import stripAnsi from 'strip-ansi';

// What survives escape-sequence stripping: C0 controls except tab and line feed (a carriage
// return goes too, so Windows line ends become plain ones), DEL, and the C1 block. None of them
// is text anyone means to type or publish, and PostgreSQL refuses NUL in text and JSON outright.
// Nor are the invisible joiners editors leave inside words ("H\uFEFFíbrida", a word joiner): they
// hide the word from anything that reads it. Zero-width joiners stay: emoji are built with them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2060\uFEFF]/g;

/**
 * The text without terminal escape sequences (which could clear a screen or retitle a window)
 * and without control characters, so it can be stored and shown as written. Whole sequences go
 * first: removing only their ESC would leave "[2J" behind as text.
 */
export function withoutControlCharacters(text: string): string {
  return stripAnsi(text).replace(CONTROL, '');
}

/** The same for every string value of a record (options, form fields, a parsed posting). */
export function withoutControlCharactersIn<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === 'string' ? withoutControlCharacters(value) : value])) as T;
}
