/**
 * The largest number PostgreSQL's `integer` holds. Ids, sequence numbers and counts people type
 * are stored in such columns, so anything larger is not one of them (and would fail the query).
 */
export const MAX_STORED_INTEGER = 2_147_483_647;

/**
 * Reads a whole number written the way people write one: decimal digits only. `Number()` would
 * also take "0x1", "1e3", "1.0" or " ", which people don't mean as ids or counts. Null when the
 * text is anything else or too large to store.
 */
export function readWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= MAX_STORED_INTEGER ? value : null;
}
