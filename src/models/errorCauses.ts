/** The error and every `cause` under it: drizzle and pg wrap the network error that says what happened. */
export function causeChain(error: unknown): (Error & { code?: string })[] {
  const chain: (Error & { code?: string })[] = [];
  for (let current = error; current instanceof Error && chain.length < 10; current = (current as { cause?: unknown }).cause) {
    chain.push(current as Error & { code?: string });
  }
  return chain;
}
