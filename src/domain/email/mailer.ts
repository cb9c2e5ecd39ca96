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
 * Why a send failed, as far as what to do next: `temporary` (a 4xx answer, a server that could
 * not be reached) is tried again later; `permanent` (5xx, a refused address) and `auth` (bad
 * credentials) need the person, so the draft is kept and they are told what to fix;
 * `uncertain` (the connection broke while the message was being handed over) may have been
 * delivered, so it is never retried on its own: the person is asked.
 */
export type SendFailureKind = 'temporary' | 'permanent' | 'auth' | 'uncertain';

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
