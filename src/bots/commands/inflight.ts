import type { Services } from '../../domain/services.js';

/** Counts the platform deliveries being handled, so that something can wait until none are. */
class Inflight {
  private running = 0;
  private waiters: (() => void)[] = [];

  async track<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      if (--this.running === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  idle(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

// One count per running app (tests run several in one process), dropped with the app.
const counts = new WeakMap<Services, Inflight>();

function inflightOf(services: Services): Inflight {
  let inflight = counts.get(services);
  if (!inflight) counts.set(services, (inflight = new Inflight()));
  return inflight;
}

/** Runs the handling of one command, button or form as in flight for this app. */
export function trackHandling<T>(services: Services, work: () => Promise<T>): Promise<T> {
  return inflightOf(services).track(work);
}

/**
 * Resolves once no command, button or form is being handled: what a stopping process waits
 * for, and what a test waits for before checking that a refused or repeated delivery changed
 * nothing.
 */
export function handlingIdle(services: Services): Promise<void> {
  return inflightOf(services).idle();
}
