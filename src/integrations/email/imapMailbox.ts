import type { FetchMessageObject, ImapFlow } from 'imapflow';
import { SendFailure } from '../../domain/email/mailer.js';
import type { ImapSettings, InboxBatch, InboxCursor, InboxHeaders, InboxMessage, Mailbox } from '../../domain/email/mailbox.js';
import { classifySmtpError } from './smtpMailer.js';
import { mailHostAddress } from './mailHost.js';

const MESSAGE_ID = /<[^<>\s]+>/g;
const THREAD_HEADERS = ['references', 'auto-submitted', 'precedence', 'x-autoreply', 'x-autorespond', 'content-type'];
// A reply's text is at the start; attachments past this are not read.
const MAX_SOURCE_BYTES = 256 * 1024;

/** The thread headers of a fetched message, and whether a machine sent it. */
export function headersOf(message: Pick<FetchMessageObject, 'uid' | 'envelope' | 'headers'>): InboxHeaders {
  const raw = (message.headers ?? Buffer.alloc(0)).toString('utf8').replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(raw)?.[1]?.trim() ?? '';
  const autoSubmitted = header('auto-submitted').toLowerCase();
  const automatic =
    (autoSubmitted !== '' && autoSubmitted !== 'no') ||
    /^(bulk|junk|list|auto_reply)$/i.test(header('precedence')) ||
    header('x-autoreply') !== '' ||
    header('x-autorespond') !== '' ||
    /multipart\/report/i.test(header('content-type'));
  return { uid: message.uid, inReplyTo: message.envelope?.inReplyTo?.match(MESSAGE_ID)?.[0] ?? null, references: referenceList(header('references')), automatic };
}

/**
 * mailparser gives References as a string when there is one id and a list when there are
 * several (and nothing when the header is empty): always a list of ids here.
 */
export function referenceList(references: string | string[] | undefined | null | false): string[] {
  if (!references) return [];
  const joined = Array.isArray(references) ? references.join(' ') : references;
  return joined.match(MESSAGE_ID) ?? [];
}

/**
 * The inbox over IMAP (imapflow), read-only. Messages are fetched with fetchAll and parsed
 * after: issuing another IMAP command while a fetch iterator is open deadlocks imapflow.
 */
export class ImapMailbox implements Mailbox {
  private readonly allowed: Set<string>;

  constructor(private readonly settings: { allowHosts: readonly string[]; timeoutMs: number }) {
    this.allowed = new Set(settings.allowHosts);
  }

  async verify(settings: ImapSettings): Promise<void> {
    await this.session(settings, async (client) => {
      const lock = await client.getMailboxLock('INBOX', { readOnly: true });
      lock.release();
    });
  }

  async read(settings: ImapSettings, cursor: InboxCursor, since: Date, limit: number, wanted: (headers: InboxHeaders) => boolean): Promise<InboxBatch> {
    return this.session(settings, async (client) => {
      const lock = await client.getMailboxLock('INBOX', { readOnly: true });
      try {
        const mailbox = client.mailbox;
        const uidValidity = mailbox ? String(mailbox.uidValidity) : null;
        // A new UIDVALIDITY means the server renumbered the mailbox: start again from the date.
        const sameMailbox = cursor.uidValidity !== null && cursor.uidValidity === uidValidity && cursor.lastUid !== null;
        const uids = sameMailbox ? await client.search({ uid: `${cursor.lastUid! + 1}:*` }, { uid: true }) : await client.search({ since }, { uid: true });
        // "n:*" always matches the last message, even when its UID is below n.
        const fresh = (uids || []).filter((uid) => !sameMailbox || uid > cursor.lastUid!).sort((a, b) => a - b).slice(0, limit);
        const lastUid = fresh.at(-1) ?? (sameMailbox ? cursor.lastUid : Math.max(0, Number(mailbox && mailbox.uidNext) - 1));
        if (!fresh.length) return { cursor: { uidValidity, lastUid }, messages: [] };
        // Headers first, for every new message; the whole of only those that answer ours.
        const heads = await client.fetchAll(fresh.join(','), { uid: true, envelope: true, headers: THREAD_HEADERS }, { uid: true });
        const chosen = heads.map(headersOf).filter((headers) => !headers.automatic && wanted(headers)).map((headers) => headers.uid);
        const whole = chosen.length ? await client.fetchAll(chosen.join(','), { uid: true, source: { maxLength: MAX_SOURCE_BYTES } }, { uid: true }) : [];
        const messages = await Promise.all(whole.map((message) => this.parse(message)));
        return { cursor: { uidValidity, lastUid }, messages: messages.sort((a, b) => a.uid - b.uid) };
      } finally {
        lock.release();
      }
    });
  }

  private async parse(message: FetchMessageObject): Promise<InboxMessage> {
    const { simpleParser } = await import('mailparser');
    const mail = await simpleParser(message.source ?? Buffer.alloc(0), { skipImageLinks: true });
    const from = mail.from?.value[0]?.address ?? null;
    return {
      uid: message.uid,
      messageId: mail.messageId ?? null,
      inReplyTo: mail.inReplyTo?.match(MESSAGE_ID)?.[0] ?? null,
      references: referenceList(mail.references),
      from: from ? from.toLowerCase() : null,
      subject: mail.subject ?? null,
      date: mail.date ?? null,
      text: (mail.text ?? '').slice(0, 20_000),
    };
  }

  private async session<T>(settings: ImapSettings, work: (client: ImapFlow) => Promise<T>): Promise<T> {
    const { address, allowListed } = await mailHostAddress(settings.host, settings.port, this.allowed);
    const { ImapFlow } = await import('imapflow');
    const client = new ImapFlow({
      host: address,
      port: settings.port,
      secure: settings.port === 993,
      // Only allow-listed hosts (a test server on loopback) may skip TLS.
      doSTARTTLS: allowListed ? false : settings.port !== 993 ? true : undefined,
      servername: settings.host,
      auth: { user: settings.user, pass: settings.password },
      logger: false,
      connectionTimeout: this.settings.timeoutMs,
      greetingTimeout: this.settings.timeoutMs,
      socketTimeout: this.settings.timeoutMs * 3,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      throw imapFailure(error);
    }
    try {
      return await work(client);
    } catch (error) {
      throw imapFailure(error);
    } finally {
      await client.logout().catch(() => client.close());
    }
  }
}

function imapFailure(error: unknown): SendFailure {
  if (error instanceof SendFailure) return error;
  const failure = error as { authenticationFailed?: boolean; responseText?: string; message?: string; code?: string };
  if (failure.authenticationFailed) return new SendFailure('auth', failure.responseText ?? 'the server refused the login');
  return classifySmtpError(error);
}
