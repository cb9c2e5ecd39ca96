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

/** An API answer that may be missing (a board's name, which a posting can be read without): null when it is. */
export async function optionalJson<T>(fetcher: PageFetcher, url: string): Promise<T | null> {
  try {
    return await getJson<T>(fetcher, url);
  } catch (error) {
    if (error instanceof FetchRefused) return null;
    throw error;
  }
}

/**
 * The company name when an API gives only the board's slug: as the posting's own text writes it
 * when some words there spell the slug ("idealistconsulting" → "Idealist Consulting"), else the
 * slug's words capitalised ("acme-corp" → "Acme Corp").
 */
export function nameFromSlug(slug: string, text?: string | null): string {
  const compact = decodeURIComponent(slug).toLowerCase().replace(/[^a-z0-9]/g, '');
  if (text && compact.length >= 3) {
    for (const match of text.matchAll(/\b[A-Z][\w&.'-]*(?:[ \t]+[A-Z0-9][\w&.'-]*){0,3}/g)) {
      const words = match[0].split(/[ \t]+/);
      // The longest run of words that spells the slug; "At Idealist Consulting" holds "Idealist Consulting".
      for (let start = 0; start < words.length; start++) {
        for (let end = words.length; end > start; end--) {
          const name = words.slice(start, end).join(' ');
          if (name.toLowerCase().replace(/[^a-z0-9]/g, '') === compact) return name.replace(/[.,]$/, '');
        }
      }
    }
  }
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
