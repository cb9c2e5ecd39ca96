import type { TemplateKind } from './templateKinds.js';

/** Everything a writer may use for a draft: nothing else may appear in it as a fact. */
export interface DraftSources {
  kind: TemplateKind;
  /** What the message is for, in a line ("a polite follow-up seven days after applying"). */
  purpose: string;
  personName: string | null;
  company: string;
  role: string;
  recipientName: string | null;
  /** The application's story, one line each: state changes, interviews, notes. */
  timeline: string[];
  /** The posting's text, trimmed. */
  posting: string;
  /** The person's skills and target titles. */
  profile: string;
  /** The filled template, as a model of length and tone. */
  template: { subject: string; body: string };
}

/** Writes a personal draft from the sources (Claude, in integrations/anthropic). */
export interface DraftWriter {
  write(sources: DraftSources): Promise<{ subject: string; body: string }>;
}
