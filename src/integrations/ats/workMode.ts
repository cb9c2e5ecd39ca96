import type { WorkMode } from '../../models/jobs.js';

/** Remote, hybrid or on-site as an API or a location line says it ("OnSite", "on_site", "Remote - EU"). */
export function workModeFrom(text: string | null | undefined): WorkMode | null {
  const value = (text ?? '').toLowerCase();
  if (/\b(?:not|non)[- ]?remote\b/.test(value)) return 'onsite';
  if (/\bhybrid\b/.test(value)) return 'hybrid';
  if (/\bremote\b|telecommute|work from home|wfh/.test(value)) return 'remote';
  if (/on[-_ ]?site|in[-_ ]office/.test(value)) return 'onsite';
  return null;
}
