import { EventEmitter } from 'node:events';
import type { Executor } from '../../models/database.js';
import type { Services } from '../services.js';

/**
 * Says "this person's own data changed" after the change is committed, so views that show it
 * (Slack's App Home, later digests) can refresh without every command knowing about them.
 */
export class ChangeFeed {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per adapter; a warning at 10 would only mean many adapters.
    this.emitter.setMaxListeners(0);
  }

  subscribe(listener: (personId: number) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }

  emit(personId: number): void {
    this.emitter.emit('change', personId);
  }
}

/** Runs `work` in one transaction and, once it has committed, tells listeners the person's data changed. */
export async function changePersonData<T>(services: Services, personId: number, work: (tx: Executor) => Promise<T>): Promise<T> {
  const result = await services.db.transaction(work);
  // A listener's failure must not turn a committed change into an error reply.
  try {
    services.changes.emit(personId);
  } catch (error) {
    services.logger.error({ err: error, personId }, 'change listener failed');
  }
  return result;
}
