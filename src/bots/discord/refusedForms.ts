import { randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Clock } from '../../domain/services.js';
import type { Database } from '../../models/database.js';
import { refusedForms } from '../../models/refusedForms.js';

export const REFUSED_FORM_TTL_MS = 15 * 60_000;

export interface RefusedForm {
  form: string;
  context: string;
  values: Record<string, string>;
}

/**
 * A Discord modal closes on submit, so a refused one can't show errors on its fields. The
 * person gets the problems named by field and a "Fix it" button that reopens the form with
 * their answers still in it; the answers are kept for a quarter of an hour, for them alone.
 */
export class RefusedForms {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Keeps the answers; returns the key the "Fix it" button carries. */
  async keep(personId: number, refused: RefusedForm): Promise<string> {
    const key = randomBytes(6).toString('hex');
    const now = this.clock();
    await this.db.delete(refusedForms).where(and(eq(refusedForms.personId, personId), lt(refusedForms.createdAt, new Date(now.getTime() - REFUSED_FORM_TTL_MS))));
    await this.db.insert(refusedForms).values({ key, personId, ...refused, createdAt: now });
    return key;
  }

  /** The answers under `key` if they are this person's and not yet expired. */
  async take(key: string, personId: number): Promise<RefusedForm | undefined> {
    const [row] = await this.db
      .select({ form: refusedForms.form, context: refusedForms.context, values: refusedForms.values })
      .from(refusedForms)
      .where(and(eq(refusedForms.key, key), eq(refusedForms.personId, personId), gt(refusedForms.createdAt, new Date(this.clock().getTime() - REFUSED_FORM_TTL_MS))));
    return row;
  }
}
