import { isUserError } from '../../domain/errors.js';

// Long enough for any real answer, short enough to keep a card readable on every platform.
const MAX_TEXT = 500;

/**
 * Reads every field of a form submission, collecting one message per bad field instead of
 * stopping at the first, so a modal can mark them all at once.
 */
export class FieldReader {
  readonly errors: Record<string, string> = {};

  constructor(private readonly values: Record<string, string>) {}

  text(name: string): string | null {
    const value = this.values[name]?.trim();
    return value ? value : null;
  }

  /** `missing` says why it is asked when "is required" would not. */
  required(name: string, label: string, maxLength = MAX_TEXT, missing = `${label} is required.`): string | null {
    const value = this.optional(name, label, maxLength);
    if (value === null && !this.errors[name]) this.errors[name] = missing;
    return value;
  }

  /** Free text that may be left empty, up to `maxLength` characters. */
  optional(name: string, label: string, maxLength = MAX_TEXT): string | null {
    const value = this.text(name);
    if (value !== null && value.length > maxLength) {
      this.errors[name] = `${label} can be at most ${maxLength} characters.`;
      return null;
    }
    return value;
  }

  /** Runs a parser on a filled-in field; its UserError becomes that field's message. */
  parse<T>(name: string, parse: (raw: string) => T): T | null {
    const raw = this.text(name);
    if (raw === null) return null;
    try {
      return parse(raw);
    } catch (error) {
      if (!isUserError(error)) throw error;
      this.errors[name] = error.message;
      return null;
    }
  }

  /** A field that must be filled in and must parse. */
  requiredParse<T>(name: string, label: string, parse: (raw: string) => T): T | null {
    return this.required(name, label) === null ? null : this.parse(name, parse);
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }
}
