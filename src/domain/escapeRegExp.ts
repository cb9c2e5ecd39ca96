/** Text to match literally inside a regular expression built from it (a skill's alias, a company's name). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
