import type { PersonRow } from '../models/people.js';
import type { Reply } from './ui.js';

/** An adapter that can put a message in front of a person (a Slack DM, a Discord DM, the console). */
export interface NotificationTarget {
  platform: string;
  /** False when this process cannot reach the person now (another console user, a bot not connected). */
  canReach(person: PersonRow): boolean;
  send(person: PersonRow, reply: Reply): Promise<void>;
}

/** Raised when no connected adapter can reach a person; the caller keeps the message for later. */
export class UnreachableError extends Error {
  override name = 'UnreachableError';
}

/** Sends scheduler messages through whichever adapter the person uses. */
export class Notifier {
  private readonly targets = new Map<string, NotificationTarget>();

  register(target: NotificationTarget): void {
    this.targets.set(target.platform, target);
  }

  unregister(platform: string): void {
    this.targets.delete(platform);
  }

  canReach(person: PersonRow): boolean {
    return this.targets.get(person.platform)?.canReach(person) ?? false;
  }

  async send(person: PersonRow, reply: Reply): Promise<void> {
    const target = this.targets.get(person.platform);
    if (!target || !target.canReach(person)) {
      throw new UnreachableError(`no ${person.platform} adapter can reach person ${person.id} right now`);
    }
    await target.send(person, reply);
  }
}
