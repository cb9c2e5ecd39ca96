import { load } from 'cheerio';
import type { WorkMode } from '../../models/jobs.js';
import { htmlToText } from './htmlText.js';
import type { ParsedPosting } from './posting.js';
import { toYearly } from './salary.js';

type Node = Record<string, unknown>;

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null);
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

function typesOf(node: Node): string[] {
  return asArray(node['@type']).filter((type): type is string => typeof type === 'string');
}

/** Every object in the page's JSON-LD blocks: arrays, @graph and nested values flattened. */
function nodesOf(html: string): Node[] {
  const $ = load(html);
  const found: Node[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isNode(value)) return;
    found.push(value);
    if (value['@graph']) visit(value['@graph']);
  };
  $('script[type="application/ld+json"]').each((_, element) => {
    try {
      visit(JSON.parse($(element).text()));
    } catch {
      // One broken block (sites often have a stray comma) must not hide the others.
    }
  });
  return found;
}

function placeText(place: unknown): string | null {
  if (typeof place === 'string') return text(place);
  if (!isNode(place)) return null;
  const address = isNode(place.address) ? place.address : null;
  if (!address) return text(place.name);
  const country = isNode(address.addressCountry) ? text(address.addressCountry.name) : text(address.addressCountry);
  const parts = [text(address.addressLocality), text(address.addressRegion), country].filter((part): part is string => Boolean(part));
  return parts.length ? [...new Set(parts)].join(', ') : text(place.name);
}

function salaryOf(posting: Node): Pick<ParsedPosting, 'salaryMin' | 'salaryMax' | 'salaryCurrency'> {
  const none = { salaryMin: null, salaryMax: null, salaryCurrency: null };
  const amount = asArray(posting.baseSalary ?? posting.estimatedSalary).find(isNode);
  if (!amount) return none;
  const value = isNode(amount.value) ? amount.value : { value: amount.value };
  const unit = text(value.unitText) ?? text(amount.unitText);
  const number = (raw: unknown) => (raw === undefined || raw === null || raw === '' || Number.isNaN(Number(raw)) ? null : toYearly(Number(raw), unit));
  const min = number(value.minValue) ?? number(value.value);
  const max = number(value.maxValue) ?? number(value.value);
  if (min === null && max === null) return none;
  return { salaryMin: min, salaryMax: max, salaryCurrency: text(amount.currency)?.toUpperCase() ?? null };
}

function workModeOf(posting: Node, description: string): WorkMode | null {
  if (asArray(posting.jobLocationType).some((type) => typeof type === 'string' && /telecommute/i.test(type))) return 'remote';
  if (/\bhybrid\b/i.test(description.slice(0, 2000))) return 'hybrid';
  return posting.jobLocation ? 'onsite' : null;
}

/** The first schema.org JobPosting on a page, or null when there is none. */
export function readJsonLd(html: string): ParsedPosting | null {
  const posting = nodesOf(html).find((node) => typesOf(node).includes('JobPosting'));
  if (!posting) return null;
  const title = text(posting.title) ?? text(posting.name);
  const organization = asArray(posting.hiringOrganization)[0];
  const company = isNode(organization) ? text(organization.name) : text(organization);
  if (!title || !company) return null;
  const description = typeof posting.description === 'string' ? htmlToText(posting.description) : '';
  const places = asArray(posting.jobLocation).map(placeText).filter((place): place is string => Boolean(place));
  const remote = asArray(posting.jobLocationType).some((type) => typeof type === 'string' && /telecommute/i.test(type));
  const identifier = isNode(posting.identifier) ? text(posting.identifier.value) : text(posting.identifier);
  return {
    title,
    company,
    location: places.length ? places.join(' · ') : remote ? 'Remote' : null,
    workMode: workModeOf(posting, description),
    ...salaryOf(posting),
    description: description || null,
    source: 'jsonld',
    externalId: identifier,
  };
}
