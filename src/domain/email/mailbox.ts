import type { SendFailure } from './mailer.js';

/** How to read a person's inbox; stored sealed beside their SMTP settings. */
export interface ImapSettings {
  host: string;
  port: number;
  user: string;
  password: string;
}

/** A message found in the inbox, with the headers that tie it to a thread. */
export interface InboxMessage {
  uid: number;
  messageId: string | null;
  inReplyTo: string | null;
  /** Every Message-ID in References, normalised to a list. */
  references: string[];
  from: string | null;
  subject: string | null;
  date: Date | null;
  text: string;
}

/** What the headers alone say about a message: enough to tell whether it answers one of ours. */
export interface InboxHeaders {
  uid: number;
  inReplyTo: string | null;
  references: string[];
  /**
   * Sent by a machine, not a person: an out-of-office (Auto-Submitted, Precedence, X-Autoreply)
   * or a delivery report. Not a reply, even in the thread.
   */
  automatic: boolean;
}

/** Where reading stopped: the mailbox's UIDVALIDITY (a change means every UID changed) and the last UID read. */
export interface InboxCursor {
  uidValidity: string | null;
  lastUid: number | null;
}

export interface InboxBatch {
  cursor: InboxCursor;
  messages: InboxMessage[];
}

/** Reads new messages from a person's inbox; the IMAP implementation is in integrations/email. */
export interface Mailbox {
  /** Logs in and opens the inbox, reading nothing: the check made when a person connects. Throws SendFailure. */
  verify(settings: ImapSettings): Promise<void>;
  /**
   * Messages after the cursor (or, with none, those received since `since`), at most `limit`,
   * oldest first: their headers are read first, and only those `wanted` are read whole (up to a
   * size). Throws SendFailure.
   */
  read(settings: ImapSettings, cursor: InboxCursor, since: Date, limit: number, wanted: (headers: InboxHeaders) => boolean): Promise<InboxBatch>;
}

export type { SendFailure };
