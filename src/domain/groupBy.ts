/**
 * Rows grouped by a key, each group in the rows' order (Map.groupBy arrived in Node 21; Jobscout
 * runs on 20).
 */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
