import type { PersonRow } from '../models/people.js';
import type { Reply } from './ui.js';

/** An adapter that can put a message in front of a person (a Slack DM, a Discord DM, the console). */
export interface NotificationTarget {
  platform: string;
  /** False when this process cannot reach the person now (another console user, a bot not connected). */
  canReach(person: PersonRow): boolean;
  /** Sends `reply`; with a delivery key, marks the message with it so the platform can be asked later. */
  send(person: PersonRow, reply: Reply, delivery?: DeliveryMark): Promise<void>;
  /**
   * Whether a message marked with `key` reached the person since `since`: asked before resending
   * a send whose worker died, which may have got through before it did.
   */
  wasDelivered?(person: PersonRow, key: string, since: Date, reply: Reply): Promise<boolean>;
}

/** What identifies a scheduler message on the platform: its delivery key. */
export interface DeliveryMark {
  key: string;
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

  async send(person: PersonRow, reply: Reply, delivery?: DeliveryMark): Promise<void> {
    await this.reachable(person).send(person, reply, delivery);
  }

  /** False when the platform can't say (no way to ask it): the caller then sends again. */
  async wasDelivered(person: PersonRow, key: string, since: Date, reply: Reply): Promise<boolean> {
    return (await this.reachable(person).wasDelivered?.(person, key, since, reply)) ?? false;
  }

  private reachable(person: PersonRow): NotificationTarget {
    const target = this.targets.get(person.platform);
    if (!target || !target.canReach(person)) {
      throw new UnreachableError(`no ${person.platform} adapter can reach person ${person.id} right now`);
    }
    return target;
  }
}
