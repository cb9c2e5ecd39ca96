import { htmlToText } from '../../domain/intake/htmlText.js';
import type { JobFeed } from '../../domain/intake/jobFeed.js';
import type { PageFetcher } from '../../domain/intake/pageFetcher.js';
import type { ParsedPosting } from '../../domain/intake/posting.js';
import { apiUrl, getJson } from '../ats/json.js';
import { workModeFrom } from '../ats/workMode.js';

interface Comment {
  id: number;
  text?: string | null;
  children?: Comment[];
}

const ROLE = /engineer|developer|scientist|designer|manager|analyst|architect|lead|sre|devops|researcher|product|intern|founding|head of|cto/i;

/**
 * One top-level comment of "Who is hiring?", whose first line is by custom
 * "Company | Role | Location | REMOTE | …". Comments that don't follow it are skipped.
 */
export function readHiringComment(comment: Comment): ParsedPosting | null {
  if (!comment.text) return null;
  const text = htmlToText(comment.text);
  const [first = ''] = text.split('\n');
  const parts = first.split(/\s+\|\s+/).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const company = parts[0]!;
  const role = parts.slice(1).find((part) => ROLE.test(part));
  if (!role || company.length > 80 || role.length > 150) return null;
  const location = parts.slice(1).find((part) => part !== role && !/^(remote|onsite|on-site|hybrid|full[- ]time|part[- ]time|contract|\$|visa)/i.test(part) && /[A-Z]/.test(part[0] ?? '')) ?? null;
  return {
    title: role,
    company,
    location,
    workMode: workModeFrom(first),
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    description: text,
    source: 'hackernews',
    externalId: String(comment.id),
  };
}

/** The newest monthly "Ask HN: Who is hiring?" thread, read through Algolia's Hacker News API. */
export function hackerNewsFeed(fetcher: PageFetcher, base: string): JobFeed {
  return {
    name: 'hackernews',
    async read() {
      const search = await getJson<{ hits?: { objectID: string; title?: string }[] }>(fetcher, apiUrl(base, '/search_by_date?tags=story,author_whoishiring&hitsPerPage=5'));
      const thread = search.hits?.find((hit) => /who is hiring/i.test(hit.title ?? ''));
      if (!thread) return [];
      const item = await getJson<Comment>(fetcher, apiUrl(base, `/items/${thread.objectID}`));
      return (item.children ?? []).flatMap((comment) => {
        const posting = readHiringComment(comment);
        return posting ? [{ posting, url: `https://news.ycombinator.com/item?id=${comment.id}` }] : [];
      });
    },
  };
}
