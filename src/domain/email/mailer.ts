/** How to reach a person's SMTP server; stored sealed (see mailAccount.ts). */
export interface SmtpSettings {
  host: string;
  port: number;
  user: string;
  password: string;
  /** The address mail goes out from: usually the login. */
  from: string;
  /** The person's name, for the From header. */
  fromName: string | null;
}

export interface OutgoingEmail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  /** The message this one answers, for replies in a thread. */
  inReplyTo?: string;
}

/**
 * Why a send failed, as far as what to do next: `temporary` (4xx, a timeout, the server away)
 * is tried again later; `permanent` (5xx, a refused address) and `auth` (bad credentials) need
 * the person, so the draft is kept and they are told what to fix.
 */
export type SendFailureKind = 'temporary' | 'permanent' | 'auth';

export class SendFailure extends Error {
  constructor(
    readonly kind: SendFailureKind,
    message: string,
    /** The server's reply code, when it gave one. */
    readonly responseCode?: number,
  ) {
    super(message);
    this.name = 'SendFailure';
  }
}

/** Sends mail through a person's own server; the SMTP implementation is in integrations/email. */
export interface Mailer {
  /** Connects and logs in, sending nothing: the check made when a person connects. */
  verify(settings: SmtpSettings): Promise<void>;
  /** Throws SendFailure. */
  send(settings: SmtpSettings, email: OutgoingEmail): Promise<void>;
}
