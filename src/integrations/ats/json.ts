import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import { FetchRefused } from '../../domain/intake/pageFetcher.js';

/** GETs an API answer through the safe fetcher and parses it; anything but JSON is a failed read. */
export async function getJson<T>(fetcher: PageFetcher, url: string): Promise<T> {
  const page = await fetcher.get(url, 'application/json');
  try {
    return JSON.parse(page.body) as T;
  } catch {
    throw new FetchRefused('network', `${new URL(url).hostname} did not answer with the posting's data.`);
  }
}

/** "acme-corp" → "Acme Corp": the company name when an API gives only the board's slug. */
export function nameFromSlug(slug: string): string {
  return decodeURIComponent(slug)
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

/** Joins an API base (which may carry a path) and a path. */
export function apiUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
