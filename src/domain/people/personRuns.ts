/**
 * Background work per person, outside the change's transaction and off the reply's path: one
 * run per person at a time, and changes that come meanwhile are looked at once when it ends.
 */
export class PersonRuns {
  private readonly running = new Map<number, Promise<void>>();
  private readonly again = new Set<number>();

  constructor(
    private readonly work: (personId: number) => Promise<unknown>,
    private readonly onError: (error: unknown, personId: number) => void,
  ) {}

  schedule(personId: number): void {
    if (this.running.has(personId)) {
      this.again.add(personId);
      return;
    }
    const run = this.work(personId)
      .then(
        () => undefined,
        (error: unknown) => this.onError(error, personId),
      )
      .finally(() => {
        this.running.delete(personId);
        if (this.again.delete(personId)) this.schedule(personId);
      });
    this.running.set(personId, run);
  }

  /** Resolves once nothing is running (tests, and shutdown before the database closes). */
  async idle(): Promise<void> {
    while (this.running.size) await Promise.all(this.running.values());
  }
}
