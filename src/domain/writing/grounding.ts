import { escapeRegExp } from '../escapeRegExp.js';
import type { DraftSources } from './draftWriter.js';

// Words that start sentences (or stand capitalised) in any email without naming anything: a
// sentence starting with any other word is checked like a name.
const COMMON_WORDS = new Set(
  `i i'm i've i'd i'll a an the and but or so yet for nor as at by in on of to with from into onto over after before since during while when where whether
  if though although because until unless once then than that this these those there here it it's its my our your their his her we you they he she
  me us them mine ours yours hi hello dear hey thank thanks thankyou best kind kindly warm warmly regards sincerely cheers many much very really truly
  looking look please let just also again still already both each every either neither all any some no not none nothing something anything everything
  is are was were be been being am do does did have has had having will would shall should can could may might must
  what which who whom whose why how great good glad happy excited delighted pleased grateful hope hoping wishing wish
  following further furthermore additionally meanwhile however otherwise instead indeed perhaps ideally finally first second next last
  attached enclosed regarding re fw fwd subject best-regards yours-sincerely sorry apologies appreciate appreciated appreciating
  it was it is one more other another such same own see saw seen let get got make made feel felt know knew think thought want wanted talk talked
  speak spoke meet met work worked keep kept hear heard learn learned share shared send sent attach bring brought take took give gave tell told
  ask asked answer reply follow followed check checking reach reaching write writing wrote read confirm confirming accept accepting decline
  declining withdraw withdrawing enjoyed enjoy loved love like liked agree agreed understand understood believe believed remain remains
  sure certainly absolutely definitely unfortunately fortunately recently currently today tomorrow yesterday soon now later often always never
  overall together personally honestly simply briefly quickly happily respectfully gratefully`.split(/\s+/),
);

const NUMBER = /\d+(?:[.,:]\d+)*/g;
const ADDRESS = /[\w.+-]+@[\w-]+(\.[\w-]+)+|https?:\/\/\S+/gi;
const CAPITALISED = /\b[A-Z][\p{L}\d&'’-]*/gu;

function sourceText(sources: DraftSources): string {
  return [sources.personName, sources.company, sources.role, sources.recipientName, sources.purpose, ...sources.timeline, sources.posting, sources.profile, sources.template.subject, sources.template.body]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** Whether `word` stands in `text` as a whole word or number, not inside another ("20" in "2026"). */
function standsIn(text: string, word: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\d])${escapeRegExp(word.toLowerCase())}($|[^\\p{L}\\d])`, 'u').test(text);
}

/**
 * What a written draft states that its sources do not: numbers, addresses and links, and names
 * (capitalised words, including one that starts a sentence unless it is a common word). A draft
 * with any is not used: an invented interviewer, project or figure would embarrass the person
 * who sends it. Lowercase claims ("I led the migration") are beyond a check this simple.
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
  for (const match of withoutAddresses.match(NUMBER) ?? []) if (!standsIn(known, match)) claims.add(match);
  for (const match of withoutAddresses.match(CAPITALISED) ?? []) {
    const word = match.replace(/['’]s$/, '');
    if (COMMON_WORDS.has(word.toLowerCase()) || standsIn(known, word)) continue;
    claims.add(word);
  }
  return [...claims];
}
