import type { DraftSources } from './draftWriter.js';

// Words a sentence may start with or that stand capitalised on their own without being facts.
const ALWAYS_FINE = new Set(['i', "i'm", "i've", "i'd", "i'll"]);

const NUMBER = /\d[\d,.:/%-]*\d|\d/g;
const ADDRESS = /[\w.+-]+@[\w-]+(\.[\w-]+)+|https?:\/\/\S+/gi;
const CAPITALISED = /\b[A-Z][\p{L}\d&'’-]*/gu;

function sourceText(sources: DraftSources): string {
  return [sources.personName, sources.company, sources.role, sources.recipientName, sources.purpose, ...sources.timeline, sources.posting, sources.profile, sources.template.subject, sources.template.body]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/**
 * What a written draft states that its sources do not: numbers, addresses and links, and names
 * (capitalised words inside a sentence). A draft with any is not used: an invented interviewer,
 * project or figure would embarrass the person who sends it.
 */
export function ungroundedClaims(draft: { subject: string; body: string }, sources: DraftSources): string[] {
  const known = sourceText(sources);
  const claims = new Set<string>();
  const text = `${draft.subject}\n${draft.body}`;
  for (const match of text.match(ADDRESS) ?? []) {
    const address = match.replace(/[.,;:!?)]+$/, '');
    if (!known.includes(address.toLowerCase())) claims.add(address);
  }
  const withoutAddresses = text.replace(ADDRESS, ' ');
  for (const match of withoutAddresses.match(NUMBER) ?? []) if (!known.includes(match.toLowerCase())) claims.add(match);
  // The first word of each sentence or line is capitalised by grammar, not because it names something.
  for (const sentence of withoutAddresses.split(/(?<=[.!?:])\s+|\n+/)) {
    const words = [...sentence.matchAll(CAPITALISED)];
    for (const word of words) {
      if (word.index === sentence.search(/\S/)) continue;
      const lower = word[0].toLowerCase().replace(/['’]s$/, '');
      if (!ALWAYS_FINE.has(lower) && !known.includes(lower)) claims.add(word[0]);
    }
  }
  return [...claims];
}
