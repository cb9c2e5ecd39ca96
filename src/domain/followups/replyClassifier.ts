/** What an employer's reply to an application says, as far as what the person should do next. */
export const REPLY_KINDS = ['interview_invitation', 'rejection', 'positive', 'needs_action', 'neutral'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

export const REPLY_KIND_LABELS: Record<ReplyKind, string> = {
  interview_invitation: 'an interview invitation',
  rejection: 'a rejection',
  positive: 'good news',
  needs_action: 'a request for something from you',
  neutral: 'an update with nothing to do',
};

// A sentence that only says what might happen ("if you are shortlisted we will invite you to an
// interview") is not an invitation, a rejection or a request: acknowledgements are full of them.
const CONDITIONAL = /\b(if (you are|you're|your|we|selected|successful|shortlisted|there is|you (don't|do not|aren't|are not|didn't|haven't|were not|weren't))|should (you|your|we)|in the event|only (the )?(successful|shortlisted|selected)|those (selected|shortlisted)|candidates who|applicants who|will (contact|reach out to|be in touch with) (you|candidates|applicants)|we('ll| will) (let you know|contact you|be in touch)|whether or not|(suitably |suitable |qualified |successful )+(candidates|applicants)|will be schedul\w*|will (be )?(shar\w*|send\w*) (you )?(the )?(interview )?details)\b/i;

// A sentence about the person's own withdrawal ("sorry to learn that you will not be proceeding").
const OWN_WITHDRAWAL = /\byou (will|would|have decided to|'ve decided to|decided to) (not|no longer|withdraw)\b|\byour (decision|withdrawal)\b/i;

const REJECTION = [
  /\b(unfortunately|regret(fully)?|regret to inform|sorry to (inform|say|let you know))\b/i,
  /\bnot (be )?(moving|move|going|proceed(ing)?|continu(e|ing)|progress(ing)?|pursu(e|ing)|advanc(e|ing))\b[^.]{0,40}\b(forward|further|with your|your application|the (recruitment|hiring|application) process|to the next)/i,
  /\b(decided|chosen|opted|elected) (to )?(move|go|proceed|continue|offer)\b[^.]{0,40}\b(another|other|different|a candidate|candidates)\b/i,
  /\b(move|moving|go|going|proceed(ing)?) (forward )?with (another|other|a different|a more|an?other) (candidate|applicant|person|profile)/i,
  /\bnot (been )?(selected|shortlisted|successful|chosen)\b/i,
  /\b(position|role|vacancy) (has been|was|is now) (filled|closed)\b|\bfilled (this|the) (position|role)\b/i,
  /\b(not|isn't|wasn't) (be )?(the |a )?(best|right|good|strong) (match|fit)\b|\bdon'?t see a match\b|\bnot a (good )?(match|fit)\b/i,
  /\b(not|unable) (be )?able to offer you\b|\bcannot offer you\b|\bnot in a position to offer\b/i,
  /\b(did not|didn't|does not) (pass|meet|make it)\b/i,
  /\b(decision|decided) (is )?not to (pursue|proceed|move|continue)\b/i,
  /\bunsuccessful\b/i,
  /\bkeep(ing)? (your|you) (resume|cv|details|information|profile) on (file|record)\b|\bretain your (information|resume|cv|details)\b/i,
  /\b(selected|hired|chosen|appointed) (another|the|a different|other|a) (candidate|applicant|person)\b|\bmade (the|our|a) final selection\b/i,
  // A negated step forward: "we won't be progressing your application", "we didn't select you for an interview".
  /\b(did not|didn't|do not|don't|won't|will not|would not|are not|aren't|were not|weren't|have not|haven't|has not|hasn't|cannot|can't|unable to|not able to)\b[^.]{0,30}\b(select(ed)?|shortlist(ed)?|progress(ing)?|proceed(ing)?|mov(e|ing) (forward|ahead)|continu(e|ing) with|pursu(e|ing)|advanc(e|ing)|invit(e|ing) you|offer(ing)? you|offer(ing)? (the|this) (position|role|job)|consider(ing)? (you|your application) (further|for))\b/i,
  /\b(move|moving|go|going|proceed|proceeding|continue|continuing|progress|progressing) (forward |ahead )?with (other|another|a couple|a few|several|different|some other)\b/i,
  /\b(other|another|more|a few|several) (candidates?|applicants?)\b[^.]{0,60}\b(more closely|closer|better|stronger|more suitable|more (relevant |hands-on )?experience)/i,
  /\b(no longer|not) (being )?(under consideration|considered)\b|\b(has|have) (now )?been filled\b/i,
];
// Words that often sit in rejections but also in kind updates: they count only with another sign.
const WEAK_REJECTION = new Set([0, 11]);

// "before any formal offer" names an offer that has not been made.
const NOT_AN_OFFER = /\b(any|before an?|prior to (any|an?|the))\s+(formal |written |final )?(job )?offer\b/gi;
const OFFER = /\b(offer of employment|employment offer|job offer|formal offer|offer letter|extend (you )?(a|an|this|the)( formal| verbal| written)? offer|(pleased|delighted|happy|glad) to (offer|extend)|would like to offer you|offer you the (position|role|job)|accept (our|the|this) offer|(would|'d) (like|love) to hire you|you (have been|were|are) selected for the [\w -]{0,40}(position|role|job))\b/i;

const INVITATION = [
  /\binvit(e|ing) you (back )?(to|for) (a |an |the |your )?(\w+[ -]){0,3}?(interview|call|chat|conversation|meeting|discussion)/i,
  /\binvit(e|ing) you\b[^.]{0,80}\binterview\b|\binterview (details|date|time|location|venue|schedule)\b/i,
  /\b(are|have been) invited to (attend |join )?(an? |the |your )?(\w+[ -]){0,2}?(interview|call|meeting)\b/i,
  /\b(confirm|remind)\w*\b[^.]{0,40}\binterview\b/i,
  /\bgive (us|me|our office|the office) a (call|ring)\b/i,
  /\b(want|would like|'d like|love|like) to (interview|meet) you\b|\b(schedule|set up|arrange|find|book) a time\b|\bmeet (you )?for an? [\w -]{0,20}interview\b/i,
  /\b(like|love|want|wish|happy|glad|pleased|able) to (schedule|set up|arrange|book|plan|have|invite you (to|for)) (a |an |your |the )?(\w+[ -]){0,3}?(interview|call|chat|conversation|meeting)/i,
  /\b(schedule|book|arrange|plan|set up) (a |an |your |the )?(\w+[ -]){0,2}?(interview|call|meeting)\b/i,
  /\b(shortlisted|selected) for (an? |the )?(\w+ ){0,2}?interview\b/i,
  /\b(reminder|remind you)\b[^.]{0,60}\binterview\b/i,
  /\binterview (is|has been) (scheduled|confirmed|booked)\b|\byour (upcoming |scheduled )?interview (on|at|with|for)\b/i,
  /\b(second|final|next|third)[- ]round\b|\bsecond interview\b|\bnext interview\b/i,
  /\b(when|what times?|which times?|some times)\b[^.]{0,40}\b(work|suit|available|convenient)\b|\byour availability\b|\bavailable (for|to) (a |an )?(call|chat|interview|talk)/i,
  /\b(call|ring|phone) (us|me) (back )?(to|at|on)\b/i,
];

const REQUEST = [
  /\b(complete|take|finish|start|do|attempt|sit)\b[^.]{0,40}\b(assessment|test|assignment|exam|questionnaire|exercise|task|challenge|screener|quiz|form|survey|first ?interview)\b/i,
  /\btake[- ]home\b/i,
  /\b(upload|attach|submit|send|provide|forward|share|bring|fill (in|out)|answer (the|these|our|following|a few)|sign)\b[^.]{0,60}\b(documents?|references?|referees|portfolio|transcripts?|certificates?|copy|copies|passport|visa|id|form|details|information|salary|expectations|cv|resume|work samples?|samples?|questions|right to work)\b/i,
  /\bplease (complete|upload|submit|send|provide|fill|answer|confirm|reply with|let us know your)\b/i,
  /\b(complete|completed|undergo|consent to|authori[sz]e|submit to|pass|requirements?)\b[^.]{0,60}\b(pre-?employment|background|reference|drug) (screening|check|test)s?\b|\b(pre-?employment|background|reference|drug) (screening|check|test)s?\b[^.]{0,60}\b(requirements?|must be completed|to be completed)\b/i,
];

const POSITIVE = [
  /\bcongratulations?\b/i,
  /\b(you have|you've|you were|you are|you're) (been )?(shortlisted|selected|successful|chosen)\b/i,
  /\b(passed|cleared|progressed (to|past)|made it (to|through)|moving (you |your application )?forward|move (you |your application )?forward|(advance|progress) (you|your application)|next stage|next step in the process)\b/i,
];

// A condition this close to the start governs the whole sentence ("If you are shortlisted, we
// will invite you…"); further in, only what follows it ("…an interview, if you are free Monday").
const LEADING_CONDITION = 25;

/** A sentence without what it only says might happen. */
function withoutConditional(sentence: string): string {
  const at = sentence.search(CONDITIONAL);
  if (at < 0) return sentence;
  return at < LEADING_CONDITION ? '' : sentence.slice(0, at);
}

/** Sentences, and lines: emails often end one thought per line without a full stop. */
function sentences(text: string): string[] {
  return text
    .replace(/[’‘]/g, "'")
    .split(/\n\s*/)
    .flatMap((line) => line.replace(/\s+/g, ' ').split(/(?<=[.!?][)"'\]]?)\s+(?=[A-Z"“(])/))
    .filter((sentence) => sentence.trim().length > 0);
}

/**
 * Sorts a reply by rules: a rejection first (a kind rejection praises too), then an offer, an
 * invitation to an interview, a request (an assessment, documents), other good news, and
 * otherwise an update with nothing to do. Sentences that only say what might happen later are
 * left out. Measured on real employer emails: `npm run bench:replies`.
 */
export function classifyReply(subject: string, body: string): ReplyKind {
  const said = sentences(`${subject}. ${body}`)
    .filter((sentence) => !OWN_WITHDRAWAL.test(sentence))
    .map(withoutConditional)
    .filter((sentence) => sentence.length > 0);
  const hits = (patterns: RegExp[]) => patterns.map((pattern) => said.some((sentence) => pattern.test(sentence)));
  const rejection = hits(REJECTION);
  const strongRejection = rejection.some((hit, index) => hit && !WEAK_REJECTION.has(index));
  const weakRejections = rejection.filter((hit, index) => hit && WEAK_REJECTION.has(index)).length;
  if (strongRejection || weakRejections >= 2) return 'rejection';
  if (said.some((sentence) => OFFER.test(sentence.replace(NOT_AN_OFFER, '')))) return 'positive';
  if (hits(INVITATION).some(Boolean)) return 'interview_invitation';
  if (hits(REQUEST).some(Boolean)) return 'needs_action';
  if (hits(POSITIVE).some(Boolean)) return 'positive';
  return 'neutral';
}
