import type { Logger } from 'pino';
import { setPlatformTimezone } from '../../domain/people/identity.js';
import type { Services } from '../../domain/services.js';
import type { PersonRow } from '../../models/people.js';
import type { SlackApi, SlackTarget } from './api.js';

// People move and travel; a day is often enough to notice and rare enough to cost nothing.
const RECHECK_MS = 24 * 60 * 60_000;

/**
 * Learns each Slack person's time zone from their Slack profile (`users.info`, scope
 * `users:read`), so the digest comes at their morning without asking. Checked at most once a
 * day per person; a workspace that installed Jobscout before the scope existed answers
 * `missing_scope`, which is logged and leaves the default zone in place. Only a first contact
 * waits for the answer (so the first reply already shows their times); later checks run in the
 * background, and so does any check made before Slack has been acknowledged.
 */
export class SlackTimezones {
  private readonly checked = new Map<number, number>();

  constructor(
    private readonly services: Services,
    private readonly api: SlackApi,
    private readonly logger: Logger,
  ) {}

  async learn(target: SlackTarget, person: PersonRow, userId: string, options: { beforeAck?: boolean } = {}): Promise<PersonRow> {
    const now = Date.now();
    if (now - (this.checked.get(person.id) ?? -Infinity) < RECHECK_MS) return person;
    this.checked.set(person.id, now);
    const lookup = this.lookUp(target, person, userId);
    if (person.timezone || options.beforeAck) return person;
    return lookup;
  }

  private async lookUp(target: SlackTarget, person: PersonRow, userId: string): Promise<PersonRow> {
    try {
      const answer = (await this.api.call(target, 'users.info', { user: userId })) as { user?: { tz?: string } };
      const zones = answer.user?.tz ? await setPlatformTimezone(this.services.db, person.id, answer.user.tz) : null;
      if (zones) return { ...person, ...zones };
    } catch (error) {
      this.logger.warn({ err: error, personId: person.id }, 'could not read the Slack time zone');
    }
    return person;
  }
}
