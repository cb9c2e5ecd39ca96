// Parameters that say where a click came from, not what it points at.
const TRACKING = /^(utm_.*|gh_src|gh_jid_src|lever-source|lever-origin|source|src|ref|referrer|fbclid|gclid|mc_cid|mc_eid|_hsenc|_hsmi|trk|trackingid|refid)$/i;

/**
 * One spelling per posting: lower-case host without "www.", no fragment, no tracking
 * parameters, the remaining parameters sorted, no trailing slash. Two links to the same posting
 * from different places compare equal.
 */
export function canonicalUrl(link: string): string {
  const url = new URL(link);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  const kept = [...url.searchParams.entries()].filter(([key]) => !TRACKING.test(key)).sort(([a], [b]) => a.localeCompare(b));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}
