import { UserError } from './errors.js';

/**
 * Where people reach Jobscout's own pages (calendar feeds, Google's OAuth redirect): the
 * configured public URL, else this machine on the port that serves them. Unknown until a server
 * serves them: Slack's HTTP receiver, or Jobscout's own when JOBSCOUT_HTTP_PORT is set.
 */
export class WebAddress {
  private port: number | null = null;

  constructor(private readonly publicUrl: string | undefined) {}

  /** Called once the pages are being served on `port`. */
  serving(port: number): void {
    this.port = port;
  }

  /** "https://jobscout.example.com" or "http://localhost:8080", without a trailing slash; null while nothing serves the pages. */
  get base(): string | null {
    if (this.port === null) return null;
    return (this.publicUrl ?? `http://localhost:${this.port}`).replace(/\/+$/, '');
  }

  /** The base address, or a message for whoever runs Jobscout saying how to turn the pages on. */
  required(purpose: string): string {
    const base = this.base;
    if (!base) {
      throw new UserError('no_web', `${purpose} needs Jobscout's web server, which is off here. Whoever runs Jobscout can set JOBSCOUT_HTTP_PORT (and JOBSCOUT_PUBLIC_URL if calendars and browsers reach it from elsewhere) and restart it.`);
    }
    return base;
  }
}
