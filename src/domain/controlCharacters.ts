// C0 controls except tab, line feed and carriage return; DEL; and the C1 block. None of them is
// text anyone means to type or publish, and PostgreSQL refuses NUL in text and JSON outright.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The text with control characters removed, so it can be stored and shown as written. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

/** The same for every string value of a record (options, form fields, a parsed posting). */
export function withoutControlCharactersIn<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, typeof value === 'string' ? withoutControlCharacters(value) : value])) as T;
}
