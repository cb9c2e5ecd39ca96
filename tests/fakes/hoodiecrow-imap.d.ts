// hoodiecrow-imap ships no types: the little of it the fake IMAP server uses.
declare module 'hoodiecrow-imap' {
  import type { Server } from 'node:net';

  interface HoodiecrowServer {
    server: Server;
    listen(port: number, host: string, callback: () => void): void;
    close(callback?: () => void): void;
    appendMessage(mailbox: string, flags: string[], internaldate: Date, raw: string): void;
  }

  export default function hoodiecrow(options: Record<string, unknown>): HoodiecrowServer;
}
