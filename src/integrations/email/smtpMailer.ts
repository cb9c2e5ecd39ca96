import { isIP } from 'node:net';
import { mailHostAddress } from './mailHost.js';
import { SendFailure, type Mailer, type OutgoingEmail, type SmtpSettings } from '../../domain/email/mailer.js';

// The server could not be reached at all: nothing was handed over, so trying later is safe.
const UNREACHED_CODES = new Set(['EDNS', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
const UNREACHED_MESSAGES = /connection timeout|greeting never received/i;
// The connection broke once it was open: the message may have been taken just before.
const BROKEN_CODES = new Set(['ETIMEDOUT', 'ECONNECTION', 'ESOCKET', 'ECONNRESET', 'EPIPE']);

interface NodemailerError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
}

/** Sorts an error from nodemailer into what to do next (see SendFailureKind). */
export function classifySmtpError(error: unknown): SendFailure {
  if (error instanceof SendFailure) return error;
  const failure = error as NodemailerError;
  const said = (failure.response ?? failure.message ?? String(error)).trim().slice(0, 300);
  const code = failure.responseCode;
  if (failure.code === 'EAUTH' || code === 535 || code === 534 || code === 530) return new SendFailure('auth', said, code);
  if (code !== undefined && code >= 400 && code < 500) return new SendFailure('temporary', said, code);
  if (code !== undefined && code >= 500) return new SendFailure('permanent', said, code);
  if ((failure.code && UNREACHED_CODES.has(failure.code)) || UNREACHED_MESSAGES.test(failure.message ?? '')) return new SendFailure('temporary', said);
  if (failure.code === 'EENVELOPE' || failure.code === 'EMESSAGE') return new SendFailure('permanent', said);
  if (failure.code && BROKEN_CODES.has(failure.code)) return new SendFailure('uncertain', said);
  return new SendFailure('temporary', said);
}

/**
 * Nodemailer over SMTP to each person's own server, at the address mailHostAddress allows; TLS
 * still checks the certificate against the name. Only allow-listed hosts may go without TLS.
 */
export class SmtpMailer implements Mailer {
  private readonly allowed: Set<string>;

  constructor(private readonly settings: { allowHosts: readonly string[]; timeoutMs: number }) {
    this.allowed = new Set(settings.allowHosts);
  }

  async verify(settings: SmtpSettings): Promise<void> {
    const transport = await this.transport(settings);
    try {
      await transport.verify();
    } catch (error) {
      throw classifySmtpError(error);
    } finally {
      transport.close();
    }
  }

  async send(settings: SmtpSettings, email: OutgoingEmail): Promise<void> {
    const transport = await this.transport(settings);
    try {
      const info = await transport.sendMail({
        from: settings.fromName ? { name: settings.fromName, address: settings.from } : settings.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        messageId: email.messageId,
        ...(email.inReplyTo ? { inReplyTo: email.inReplyTo, references: [email.inReplyTo] } : {}),
      });
      if (info.rejected.length) throw new SendFailure('permanent', `the server refused ${info.rejected.join(', ')}: ${info.response}`);
    } catch (error) {
      throw classifySmtpError(error);
    } finally {
      transport.close();
    }
  }

  private async transport(settings: SmtpSettings) {
    const { address, allowListed } = await mailHostAddress(settings.host, settings.port, this.allowed);
    // Loaded on first use: most runs never send an email, and start-up time counts.
    const { default: nodemailer } = await import('nodemailer');
    return nodemailer.createTransport({
      host: address,
      port: settings.port,
      // Port 465 speaks TLS from the first byte; others upgrade with STARTTLS, required unless allow-listed.
      secure: settings.port === 465,
      requireTLS: !allowListed && settings.port !== 465,
      auth: { user: settings.user, pass: settings.password },
      tls: isIP(settings.host) ? {} : { servername: settings.host },
      connectionTimeout: this.settings.timeoutMs,
      greetingTimeout: this.settings.timeoutMs,
      socketTimeout: this.settings.timeoutMs,
      logger: false,
    });
  }
}
