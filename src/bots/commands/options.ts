import { z } from 'zod';
import { STATES } from '../../domain/ats/lifecycle.js';
import { UserError } from '../../domain/errors.js';
import { MAX_STORED_INTEGER, readWholeNumber } from '../../domain/wholeNumbers.js';
import type { OptionSpec } from './types.js';

const APPLICATION_NUMBER = 'must be an application number like 3 or #3';

/** "#3" or "3": a person's short application id, in decimal digits ("0x3" or "3.0" is not one). */
export const applicationId = z.preprocess(
  (value) => (typeof value === 'string' ? (readWholeNumber(value.trim().replace(/^#/, '')) ?? value) : value),
  z
    .number({ message: APPLICATION_NUMBER })
    .int({ message: APPLICATION_NUMBER })
    .positive({ message: APPLICATION_NUMBER })
    .max(MAX_STORED_INTEGER, { message: APPLICATION_NUMBER }),
);

/** The application number a button or form carries; a bad one means the card is stale. */
export function parseSeq(value: string): number {
  const parsed = applicationId.safeParse(value);
  if (!parsed.success) throw new UserError('bad_button', 'That button is out of date. Use /job list to find the application.');
  return parsed.data;
}

/** A state as people type it ("final round", "Final-Round"). */
export const stateName = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase().replace(/[\s-]+/g, '_') : value),
  z.enum(STATES, { message: `must be one of: ${STATES.join(', ')}` }),
);

export const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() ? value.trim() : undefined));

/** The `<id>` option most commands take first. */
export const ID_OPTION: OptionSpec = { name: 'id', description: 'Application number', type: 'application', required: true };

/** Options of a command that takes only `<id>`. */
export const idOnly = z.object({ id: applicationId });
