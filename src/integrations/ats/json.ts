import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import { FetchRefused } from '../../domain/intake/pageFetcher.js';
import { escapeRegExp } from '../../domain/escapeRegExp.js';

/** GETs an API answer through the safe fetcher and parses it; anything but JSON is a failed read. */
export async function getJson<T>(fetcher: PageFetcher, url: string): Promise<T> {
  const page = await fetcher.get(url, 'application/json');
  try {
    return JSON.parse(page.body) as T;
  } catch {
    throw new FetchRefused('network', `${new URL(url).hostname} did not answer with the posting's data.`);
  }
}

/** A read that may be refused (a 404, a page that turns robots away): null when it is; any other failure still throws. */
export async function unlessRefused<T>(reading: Promise<T>): Promise<T | null> {
  try {
    return await reading;
  } catch (error) {
    if (error instanceof FetchRefused) return null;
    throw error;
  }
}

/** An API answer that may be missing (a board's name, which a posting can be read without): null when it is. */
export function optionalJson<T>(fetcher: PageFetcher, url: string): Promise<T | null> {
  return unlessRefused(getJson<T>(fetcher, url));
}

const lettersOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The words of `text` that spell `compact` (letters and digits only), longest run first. */
function spelledIn(text: string, compact: string): string | null {
  if (compact.length < 3) return null;
  let shouted: string | null = null;
  for (const match of text.matchAll(/\b[A-Z][\w&.'-]*(?:[ \t]+(?:[A-Z0-9][\w&.'-]*|&)){0,3}/g)) {
    const words = match[0].split(/[ \t]+/);
    // The longest run of words that spells the slug; "At Idealist Consulting" holds "Idealist Consulting".
    for (let start = 0; start < words.length; start++) {
      for (let end = words.length; end > start; end--) {
        const name = words.slice(start, end).join(' ').replace(/[.,]$/, '');
        // "Hims & Hers" for "hims-and-hers".
        if (lettersOf(name) !== compact && lettersOf(name.replace(/&/g, 'and')) !== compact) continue;
        // "CLIPBOARD" in a shouted heading, "Clipboard" in the sentences: the name as the sentences write it.
        if (name !== name.toUpperCase() || name.length <= 4) return name;
        shouted ??= name;
      }
    }
  }
  return shouted;
}

// The words for a kind of company a board's name may end in, which are part of the company's name.
const KIND_TAIL = /(?<=^[a-z0-9]{3,})(?:health|labs|technologies|tech|bio|energy|robotics|therapeutics|systems|software|security|analytics|capital|games|studios|finance|media)$/;

/**
 * The company name when an API gives only the board's slug: as the posting's own text writes it
 * when some words there spell the slug ("idealistconsulting" → "Idealist Consulting"), else the
 * slug's words capitalised ("acme-corp" → "Acme Corp").
 */
export function nameFromSlug(slug: string, text?: string | null): string {
  const decoded = decodeURIComponent(slug);
  // "cleo-2": a second board's number is no part of the name ("n26" and "unit21" keep theirs).
  const written = decoded.replace(/[-_]\d+$/, '');
  // "heidihealth.com.au": a board named by the company's address is named by the name in it.
  const compact = lettersOf(written.replace(/(?:\.(?:com|co|org|net|io|ai))?(?:\.[a-z]{2})?$/i, ''));
  // "cleoai", "acmehq", "bjakcareer": the board's name is often the company's with a tail the posting never writes.
  const bare = compact.replace(/(?:ai|hq|app|io|inc|jobs|careers?|team)$/, '');
  // "Jerry.ai" written so in the posting is the name it goes by.
  const whole = lettersOf(decoded);
  for (const spelled of text ? [...new Set([whole, compact, ...(bare.length >= 3 ? [bare] : [])])] : []) {
    const name = spelledIn(text!, spelled);
    if (!name) continue;
    // "Kepler Communications is a…", "At Mistral AI, we…" name the company in full where the slug says "kepler".
    const longer = `(${escapeRegExp(name)}(?:[ \\t]+[A-Z][\\w&.'-]*){1,2})`;
    const full = new RegExp(`\\b${longer}[ \\t]+is[ \\t]+(?:a|an|the)\\b`).exec(text!)?.[1] ?? new RegExp(`\\bAt[ \\t]+${longer},[ \\t]+(?:we|our)\\b`).exec(text!)?.[1];
    return full ?? name;
  }
  // "virtahealth" for a posting that writes "Virta" alone: the name the posting writes, and the
  // word for the kind of company the board's name goes on with, which is part of the name.
  // Named more than once, so that a chance capitalised word ("Info" for "infotech") is not taken for it.
  const kind = KIND_TAIL.exec(compact);
  const named = kind && text ? spelledIn(text, compact.slice(0, kind.index)) : null;
  if (named && text!.split(named).length > 2) {
    // "Lean Technologies" where the posting writes the kind in full; else the slug's word for it.
    const written = new RegExp(`\\b${escapeRegExp(named)}[ \\t]+(${kind![0]}[a-z]*)\\b`, 'i').exec(text!)?.[1];
    return `${named} ${written ?? kind![0]}`.replace(/ (\p{Ll})/u, (_, first: string) => ` ${first.toUpperCase()}`);
  }
  // Without the posting's words, the board's own name as it is written ("x.ai", "acme-corp").
  return written
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

/** Joins an API base (which may carry a path) and a path. */
export function apiUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}
