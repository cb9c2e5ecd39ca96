import type { AddressInfo } from 'node:net';
import hoodiecrow from 'hoodiecrow-imap';

/**
 * A real IMAP server (hoodiecrow-imap) on 127.0.0.1 with one user and an INBOX the test fills:
 * messages are raw RFC 5322 text, so the thread headers are exactly what a mail client sends.
 */
export class FakeImap {
  private readonly server;
  private counter = 0;
  port = 0;

  constructor(
    readonly user = 'anna@example.com',
    readonly password = 'app-password-1',
  ) {
    this.server = hoodiecrow({ plugins: ['AUTH-PLAIN', 'UIDPLUS', 'ENABLE', 'IDLE'], users: { [user]: { password } }, storage: { INBOX: { messages: [] } } });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Delivers a message to the inbox; returns its Message-ID. */
  deliver(message: { from: string; subject: string; text: string; inReplyTo?: string; references?: string[]; date?: Date; headers?: Record<string, string> }): string {
    const messageId = `<reply-${++this.counter}.${Date.now()}@mail.example>`;
    const date = message.date ?? new Date();
    const headers = [
      `From: ${message.from}`,
      `To: ${this.user}`,
      `Subject: ${message.subject}`,
      `Date: ${date.toUTCString()}`,
      `Message-ID: ${messageId}`,
      ...(message.inReplyTo ? [`In-Reply-To: ${message.inReplyTo}`] : []),
      ...(message.references?.length ? [`References: ${message.references.join(' ')}`] : []),
      ...Object.entries(message.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
      'Content-Type: text/plain; charset=utf-8',
    ];
    this.server.appendMessage('INBOX', [], date, `${headers.join('\r\n')}\r\n\r\n${message.text.replace(/\n/g, '\r\n')}\r\n`);
    return messageId;
  }

  form(overrides: Record<string, string> = {}): Record<string, string> {
    return { host: '127.0.0.1', port: String(this.port), user: '', password: this.password, ...overrides };
  }
}
