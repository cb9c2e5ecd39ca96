import type { WorkMode } from '../../models/jobs.js';
import { load, type CheerioAPI } from 'cheerio';
import { htmlToText } from './htmlText.js';
import { asArray, isNode, JsonLdGraph, type JsonLdNode } from './jsonLdGraph.js';
import { lettersIn, scanPage } from './pageScan.js';
import { mainRegion, regionText } from './pageText.js';
import { writtenAmount } from './writtenAmount.js';
import { placeFromSentences } from './placeSentence.js';
import { ROLE } from './pastedWords.js';
import { cleanPageTitle } from './pageTitle.js';
import type { ParsedPosting } from './posting.js';
import { payPeriod, PER_YEAR, toYearly, type PayPeriod } from './salary.js';

// Values sites put in a field they have nothing for.
const PLACEHOLDER = /^(unavailable|n\/?a|none|null|undefined|not specified|tbd|tba|-+|0)$/i;

/** A field's text, or null when it is empty or a placeholder. */
function text(value: unknown): string | null {
  const raw = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  return raw && !PLACEHOLDER.test(raw) ? raw : null;
}

function nameOf(graph: JsonLdGraph, value: unknown): string | null {
  const node = graph.resolve(value);
  return isNode(node) ? text(node.name) ?? text(node.legalName) : text(node);
}

function placeText(graph: JsonLdGraph, value: unknown): string | null {
  const place = graph.resolve(value);
  if (typeof place === 'string') return text(place);
  if (!isNode(place)) return null;
  const address = graph.resolve(place.address);
  if (!isNode(address)) return text(address) ?? text(place.name);
  const parts = [text(address.addressLocality), text(address.addressRegion), nameOf(graph, address.addressCountry)].filter((part): part is string => Boolean(part));
  return parts.length ? [...new Set(parts)].join(', ') : text(place.name);
}

/** A place with a town or street, not a country alone: somewhere to go to work. */
function isWorkplace(graph: JsonLdGraph, place: unknown): boolean {
  const address = isNode(place) ? graph.resolve(place.address) : null;
  return isNode(address) && Boolean(text(address.addressLocality) ?? text(address.streetAddress));
}

// Written scales some boards put in the figure: "8 triệu" (Vietnamese for million, TopCV), "120k", "1.2M".
const SCALES: Record<string, number> = { k: 1e3, m: 1e6, million: 1e6, 'triệu': 1e6 };
const SCALED = new RegExp(`^([\\d.]+)\\s*(${Object.keys(SCALES).join('|')})$`, 'iu');

function figure(raw: string): number {
  // Before a scale word a comma is a decimal one ("8,5 triệu" is 8.5 million); elsewhere it groups thousands.
  const scaled = SCALED.exec(raw.trim().replace(/(\d),(\d{1,2})(?=\s*\p{L})/u, '$1.$2'));
  return scaled ? Number(scaled[1]) * SCALES[scaled[2]!.toLowerCase()]! : Number(raw.replace(/[,\s]/g, ''));
}

function amount(raw: unknown, unit: string | null): number | null {
  const value = typeof raw === 'string' ? figure(raw) : typeof raw === 'number' ? raw : Number.NaN;
  // A zero or a nonsense figure is a placeholder, not pay.
  return Number.isFinite(value) && value > 0 ? toYearly(value, unit) : null;
}

// An amount as a sentence writes it: "3 270,19", "3.270,19", "3,270.19", "58.50", "80k".
const WRITTEN = `(\\d{1,3}(?:[\\s.,'’]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)|\\d+(?:[.,]\\d{1,2})?(?!\\d))\\s?(k\\b)?`;
// The first amount, or range, of a sentence: later figures are hours, days off or dates.
const FIRST_PAY = new RegExp(`${WRITTEN}(?:\\s*(?:-|–|—|to|bis)\\s*${WRITTEN})?`, 'iu');
// The period named right after it, in the words the boards that write sentences use; the earliest wins.
// Letters, not \b, bound them: "päivä" and "año" end outside ASCII.
const periodWords = (...words: string[]) => new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'iu');
const PERIOD_WORDS: [PayPeriod, RegExp][] = [
  ['hour', periodWords('hour', 'hourly', 'hr', 'stunde', 'heure', 'hora', 'tunti', 'tunnissa', 'tunnilta', 'uur')],
  ['day', periodWords('day', 'daily', 'tag', 'jour', 'día', 'päivä', 'päivässä', 'dag')],
  ['week', periodWords('week', 'weekly', 'woche', 'semaine', 'semana', 'viikko', 'viikossa')],
  ['month', periodWords('month', 'monthly', 'monat', 'mois', 'mes', 'kuukausi', 'kuukaudessa', 'maand', 'månad')],
  ['year', periodWords('year', 'yearly', 'annum', 'annual', 'jahr', 'año', 'vuodessa', 'vuosi', 'jaar', 'år')],
];
const written = (figure: string, scale: string | undefined) => writtenAmount(figure) * (scale ? 1000 : 1);

/**
 * "Aloittavan henkilön palkka on 3 270,19 euroa kuukaudessa.": a sentence where a value should be
 * (Finland's state job board writes one). Its first amount or range, and the period the next
 * words name; null when that is no believable pay ("60-80" read as a year's pay).
 */
function sentenceSalary(raw: unknown): { min: number; max: number; period: PayPeriod } | null {
  if (typeof raw !== 'string' || !/\p{L}{3}/u.test(raw) || SCALED.test(raw.trim())) return null;
  const found = FIRST_PAY.exec(raw);
  if (!found) return null;
  const [match, low, lowScale, high, highScale] = found;
  // "60-80k": the scale after the range is both ends'.
  const min = written(low!, lowScale ?? highScale);
  const max = high ? written(high, highScale) : min;
  const next = raw.slice(found.index + match.length, found.index + match.length + 40);
  const period = PERIOD_WORDS.map(([name, words]) => [name, words.exec(next)?.index ?? Infinity] as const).sort((a, b) => a[1] - b[1])[0]!;
  const chosen: PayPeriod = period[1] === Infinity ? 'year' : period[0];
  const yearly = (value: number) => value * PER_YEAR[chosen];
  if (min > max || yearly(min) < 5_000 || yearly(max) > 5_000_000) return null;
  return { min, max, period: chosen };
}

function salaryOf(graph: JsonLdGraph, posting: JsonLdNode): Pick<ParsedPosting, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'> {
  const none = { salaryMin: null, salaryMax: null, salaryCurrency: null, salaryPeriod: null };
  const money = graph.resolveAll(posting.baseSalary ?? posting.estimatedSalary).find(isNode);
  if (!money) return none;
  const resolved = graph.resolve(money.value);
  // Usually a QuantitativeValue under "value"; some sites put minValue and maxValue on the amount itself.
  const value = isNode(resolved) ? resolved : money.minValue !== undefined || money.maxValue !== undefined ? money : { value: resolved };
  const unit = text(value.unitText) ?? text(money.unitText);
  // "Value" with a capital is no schema.org property, but hand-built pages write it and mean value.
  const single = value.value ?? value.Value;
  const currency = text(money.currency ?? value.currency)?.toUpperCase() ?? null;
  // A unitText says the period; without one, a sentence in the value says it in its own words.
  const sentence = unit ? null : sentenceSalary(single);
  if (sentence) return { salaryMin: amount(sentence.min, sentence.period), salaryMax: amount(sentence.max, sentence.period), salaryCurrency: currency, salaryPeriod: sentence.period };
  const min = amount(value.minValue, unit) ?? amount(single, unit);
  const max = amount(value.maxValue, unit) ?? amount(single, unit);
  if (min === null && max === null) return none;
  return { salaryMin: min, salaryMax: max, salaryCurrency: currency, salaryPeriod: payPeriod(unit) };
}

/**
 * Remote when the data says so: TELECOMMUTE, even beside an office address; or where applicants
 * may live with no place of work given. Beside a street address, applicant regions alone are not
 * remote: schema.org says they are "usually" for telecommuting jobs, and career sites (Pinpoint,
 * USAJobs) fill them in for every posting, an on-site lab's too.
 */
function remoteOf(graph: JsonLdGraph, posting: JsonLdNode, locations: unknown[]): boolean {
  const telecommute = asArray(posting.jobLocationType).some((type) => typeof type === 'string' && /telecommute/i.test(type));
  const workplace = locations.some((place) => isWorkplace(graph, place));
  return telecommute || (!workplace && asArray(posting.applicantLocationRequirements).length > 0);
}

// An office address alone doesn't say on-site (remote postings list their headquarters too), so
// the words decide; only when they say nothing does the place to report to mean on-site, as
// schema.org defines jobLocation.
function workModeOf(remote: boolean): WorkMode | null {
  return remote ? 'remote' : null;
}

function dateOf(value: unknown): Date | null {
  const raw = text(value);
  if (!raw) return null;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? null : date;
}

// A card line, not a list: "NOR, CHL, ITA and 28 more" past this many.
const NAMED_PLACES = 4;

/** "A, B, C, D and 28 more". */
function fewOf(names: string[]): string {
  return names.length > NAMED_PLACES ? `${names.slice(0, NAMED_PLACES).join(', ')} and ${names.length - NAMED_PLACES} more` : names.join(', ');
}

/** Where a remote posting takes applicants from: "Remote (United States, Canada)". */
function remoteRegions(graph: JsonLdGraph, posting: JsonLdNode): string[] {
  return [...new Set(graph.resolveAll(posting.applicantLocationRequirements).map((region) => nameOf(graph, region)).filter((name): name is string => Boolean(name)))];
}

/** The posting's places for its card: remote first, with where from, then offices it also names. */
function locationOf(remote: boolean, regions: string[], places: string[]): string | null {
  // A page that lists the same countries as places and as regions names them once.
  const offices = [...new Set(places)].filter((place) => !regions.includes(place));
  const parts = [...(remote ? [regions.length ? `Remote (${fewOf(regions)})` : 'Remote'] : [])];
  if (offices.length) parts.push(offices.length > NAMED_PLACES ? fewOf(offices) : offices.join(' · '));
  return parts.join(' · ') || null;
}

// schema.org lets a posting state these apart from its description; many pages do ("Hybrid
// working" only in jobBenefits, the requirements only in qualifications).
const PARTS: [keyof JsonLdNode & string, string][] = [
  ['responsibilities', 'Responsibilities'],
  ['qualifications', 'Qualifications'],
  ['skills', 'Skills'],
  ['experienceRequirements', 'Experience'],
  ['educationRequirements', 'Education'],
  ['jobBenefits', 'Benefits'],
];

/** The description with each part the posting states apart and the description doesn't already hold. */
function withParts(description: string, posting: JsonLdNode): string {
  const parts = PARTS.flatMap(([key, heading]) => {
    const body = asArray(posting[key])
      .map((value) => (typeof value === 'string' ? htmlToText(value) : isNode(value) ? (text(value.description) ?? text(value.name) ?? '') : ''))
      .filter(Boolean)
      .join('\n');
    // A part already in the description (many pages repeat it) is not said twice.
    return body && !description.includes(body.slice(0, 80)) ? [`${heading}\n\n${body}`] : [];
  });
  return [description, ...parts].filter(Boolean).join('\n\n');
}

// Shorter than this, a structured description is a stub, not the posting.
const LEFT_OUT = 100;
// Shorter than this, a structured description may be the teaser a site writes for search engines
// while its page shows the whole posting (a gym's 261 characters beside 2,165 on the page; a
// Finnish agency's 1,466 beside its benefits and remote-work field, only on the page).
const TEASER = 2000;
// The page's main region replaces or completes a teaser only when it says this much more.
const SAYS_MORE = 1.5;

const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The posting's words: the structured description, or for a stub or a teaser, the page's main
 * region when it says much more. The region is read only from an element the page marks as its
 * main one, not a body holding "similar jobs" too; and its DOM is built only when the scan has
 * counted that much text in it, since building it takes as long as the rest of the reading.
 */
function descriptionOf(stated: string, html: string, page: { mainTextLength: number; postings: number; title: string }): string {
  // A page with several postings in its data lists them all in its main region: the region is not this one's.
  if (stated.length >= TEASER || page.mainTextLength === 0 || page.postings > 1) return stated;
  if (stated.length >= LEFT_OUT && page.mainTextLength < lettersIn(stated) * SAYS_MORE) return stated;
  const $ = load(html);
  const region = mainRegion($, { wholeBody: false });
  // Nor is a region with headings for other jobs ("More openings: Line Cook, Server"): their pay,
  // work mode and skills would be read as this posting's.
  if (!region || headsOtherJobs($, region, page.title)) return stated;
  const main = regionText(region);
  if (!main) return stated;
  if (stated.length < LEFT_OUT) return main;
  if (main.length < stated.length * SAYS_MORE) return stated;
  // A region that repeats the teaser holds it; one written apart from it (another summary) completes it.
  return squeezed(main).includes(squeezed(stated).slice(0, 60)) ? main : `${stated}\n\n${main}`;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);

/** Whether the main region has a heading or a link naming a job that shares no word with this posting's title. */
function headsOtherJobs($: CheerioAPI, region: ReturnType<CheerioAPI>, title: string): boolean {
  const own = wordsOf(title);
  return region
    .find('h1, h2, h3, h4, h5, h6, a')
    .toArray()
    .map((element) => $(element).text().trim())
    .some((text) => text.length <= 80 && ROLE.test(text) && ![...wordsOf(text)].some((word) => own.has(word)));
}

/** The first schema.org JobPosting on a page, or null when there is none. */
export function readJsonLd(html: string): ParsedPosting | null {
  const page = scanPage(html);
  const graph = JsonLdGraph.fromScripts(page.jsonLd);
  const postings = graph.nodes.filter((node) => JsonLdGraph.typesOf(node).includes('JobPosting'));
  const posting = postings[0];
  if (!posting) return null;
  const title = text(posting.title) ?? text(posting.name);
  // Without an organisation in the data, the site's own name says who is hiring.
  // "Circle (circle.so)": the site's address beside the name is not part of it,
  // "DELL USA L.P. (1001)": nor an entity's number in the books. "Empire Premium | Empire Premium
  // Bau UG": of a name and its legal entity's after a bar, the name people know; not "Karriere |
  // Stadtwerke München", where the name comes second.
  const company =
    (nameOf(graph, asArray(posting.hiringOrganization)[0]) ?? (page.meta.get('og:site_name') || null))
      ?.replace(/\s*\((?:(?:www\.)?[\w-]+(?:\.[\w-]+)+|\d+)\)$/, '')
      .replace(/^(.+?)\s+\|\s+\1\b.*$/u, '$1') || null;
  if (!title || !company) return null;
  const stated = typeof posting.description === 'string' ? htmlToText(posting.description) : '';
  // Hospital career sites publish the JobPosting without its description and show it on the page;
  // small employers' sites give search engines a teaser and the page the whole posting.
  const description = withParts(descriptionOf(stated, html, { mainTextLength: page.mainTextLength, postings: postings.length, title }), posting);
  const locations = graph.resolveAll(posting.jobLocation);
  const places = locations.map((place) => placeText(graph, place)).filter((place): place is string => Boolean(place));
  const remote = remoteOf(graph, posting, locations);
  const identifier = graph.resolve(posting.identifier);
  // No place in the data: where the description's own sentences put the job ("Per la nostra sede di Stabio…").
  const sentencePlace = places.length || remote ? null : placeFromSentences(description);
  return {
    title: cleanPageTitle(htmlToText(title), company),
    company,
    // A remote posting says so first, then any office it also names.
    location: locationOf(remote, remote ? remoteRegions(graph, posting) : [], places) ?? sentencePlace,
    workMode: workModeOf(remote),
    // An office the data names, or one the words do ("our site in Stabio"): on-site unless the words say otherwise.
    presumedWorkMode: !remote && (places.length || sentencePlace) ? 'onsite' : null,
    ...salaryOf(graph, posting),
    description: description || null,
    source: 'jsonld',
    externalId: isNode(identifier) ? text(identifier.value) : text(identifier),
    closesAt: dateOf(posting.validThrough),
    postedAt: dateOf(posting.datePosted),
    industry: text(asArray(posting.industry)[0]) ?? text(asArray(posting.occupationalCategory)[0]) ?? null,
  };
}

