import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

interface Refusal {
  code: number;
  message: string;
}

/**
 * A real SMTP server (smtp-server) on 127.0.0.1 that logs in one user and keeps every message
 * it accepts, parsed by mailparser. It can be told to refuse the next messages with a reply
 * code (451: try later; 550: no), to refuse a recipient for good, or to stop accepting the
 * password. Plain text, no STARTTLS: loopback only, allow-listed in the app's config.
 */
export class FakeSmtp {
  readonly received: ParsedMail[] = [];
  /** Messages refused or accepted, in order: what the client tried. */
  attempts = 0;
  private readonly refusals: Refusal[] = [];
  private readonly refusedRecipients = new Set<string>();
  private readonly server: SMTPServer;
  port = 0;

  constructor(
    readonly user = 'anna@example.com',
    public password = 'app-password-1',
  ) {
    this.server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === this.user && auth.password === this.password) callback(null, { user: auth.username });
        else callback(Object.assign(new Error('5.7.8 Username and Password not accepted'), { responseCode: 535 }));
      },
      onRcptTo: (address, _session, callback) => {
        if (this.refusedRecipients.has(address.address.toLowerCase())) callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }));
        else callback();
      },
      onData: (stream, _session, callback) => {
        this.attempts++;
        const refusal = this.refusals.shift();
        simpleParser(stream)
          .then((mail) => {
            if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
            this.received.push(mail);
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `times` messages get this reply instead of being accepted. */
  refuseNext(times: number, code: number, message: string): void {
    for (let i = 0; i < times; i++) this.refusals.push({ code, message });
  }

  refuseRecipient(address: string): void {
    this.refusedRecipients.add(address.toLowerCase());
  }

  /** What the connect form needs to reach this server. */
  form(overrides: Record<string, string> = {}): Record<string, string> {
    return { address: this.user, host: '127.0.0.1', port: String(this.port), user: '', password: this.password, ...overrides };
  }

  withMessageId(messageId: string): ParsedMail[] {
    return this.received.filter((mail) => mail.messageId === messageId);
  }
}
