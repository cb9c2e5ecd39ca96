// Where a posting sends applications names the employer by its domain: "Send your CV to
// jobs@landenhof.ch", "https://afya.gupy.io/jobs/…", "https://jobs.lever.co/acme/…". Other links
// are left alone: a posting links to its tools, investors, customers and the board it runs on.
// The local part is bounded, so a long run of letters with no "@" (a pasted image) stays linear.
const EMAIL_DOMAIN = /(?<![\w.+-])[\w.+-]{1,64}@((?:[\w-]+\.)+[\w-]+)/g;
const LINK_HOST = /https?:\/\/((?:[\w-]+\.)+[\w-]+)(\/[^\s)\]]*)?/g;
// Domains of mail providers, job boards and applicant-tracking systems: never the employer.
const NOBODY = new Set(['gmail', 'googlemail', 'outlook', 'hotmail', 'yahoo', 'icloud', 'proton', 'protonmail', 'gmx', 'web', 'mail', 'example', 'greenhouse', 'lever', 'workable', 'personio', 'ashbyhq', 'smartrecruiters', 'recruitee', 'teamtailor', 'bamboohr', 'breezy', 'gupy', 'applytojob', 'indeed', 'linkedin', 'glassdoor', 'stepstone', 'welcometothejungle', 'wellfound']);
// Slugs that name a page of the board, not an account.
const NO_ACCOUNT = /^(?:apply|jobs|careers|career|boards|embed|view|j|o|www)$/;
// Applicant-tracking systems put the employer's own name in the address: the path's first part, or its subdomain.
const ATS_PATH = /^(?:jobs\.lever\.co|jobs\.eu\.lever\.co|boards\.greenhouse\.io|job-boards\.greenhouse\.io|job-boards\.eu\.greenhouse\.io|jobs\.ashbyhq\.com|apply\.workable\.com)$/;
const ATS_SUBDOMAIN = /^([\w-]+)\.(?:gupy\.io|recruitee\.com|teamtailor\.com|bamboohr\.com|breezy\.hr|jobs\.personio\.de|jobs\.personio\.com|applytojob\.com)$/;

/** The name a domain registers: "acme" of careers.acme.com, acme.com.br or acme.co.uk. */
function registered(host: string): string {
  const labels = host.toLowerCase().split('.');
  return /^(?:com|co|org|net|gov|edu|ac)$/.test(labels.at(-2)!) && labels.length >= 3 ? labels.at(-3)! : labels.at(-2)!;
}

/** The names a posting's application addresses give: "landenhof" of jobs@landenhof.ch, "afya" of afya.gupy.io. */
function addressNames(text: string): string[] {
  const names: string[] = [];
  // A government address (jobs@nyc.gov) names the city, not the agency hiring.
  for (const match of text.matchAll(EMAIL_DOMAIN)) if (!/\.gov(?:\.[a-z]{2})?$/i.test(match[1]!)) names.push(registered(match[1]!));
  for (const match of text.matchAll(LINK_HOST)) {
    const host = match[1]!.toLowerCase();
    const slug = ATS_PATH.test(host) ? match[2]?.split('/')[1] : ATS_SUBDOMAIN.exec(host)?.[1];
    if (slug && !NO_ACCOUNT.test(slug)) names.push(slug);
  }
  return [...new Set(names.map((name) => name.toLowerCase()))].filter((name) => name.length >= 3 && !NOBODY.has(name));
}

// A word as a name is written; one inside an address ("afya.gupy.io", "jobs@afya") is not one.
const WORD = /[\p{L}\d][\p{L}\d&'’-]*/gu;
const insideAddress = (text: string, start: number, end: number) => /[@./]/.test(text[start - 1] ?? '') || /^[.@][\p{L}\d]/u.test(text.slice(end, end + 2));

/**
 * The employer as the posting writes its name, where that name is what its addresses are made
 * of: "On Point Custom Homes" for onpointcustomhomes.com, "Landenhof" for jobs@landenhof.ch (in
 * German also as "des Landenhofs"). Only a name the text writes: a domain alone ("iwantrest",
 * "toeverything") may be anybody's, and the form asks instead. Of several spellings, one with
 * capitals and small letters ("Afya" before "AFYA"), and never one written only in small letters.
 */
export function companyFromAddresses(text: string): string | undefined {
  const names = addressNames(text);
  if (names.length === 0) return undefined;
  const words = [...text.matchAll(WORD)].filter((word) => !insideAddress(text, word.index, word.index + word[0].length));
  for (const name of names) {
    const letters = name.replace(/[^a-z\d]/g, '');
    const spellings: string[] = [];
    for (let at = 0; at < words.length; at++) {
      let joined = '';
      for (let count = 1; count <= 4 && at + count <= words.length; count++) {
        const last = words[at + count - 1]!;
        // The words of one name follow each other with only spaces between.
        if (count > 1 && !/^[ \t]+$/.test(text.slice(words[at + count - 2]!.index + words[at + count - 2]![0].length, last.index))) break;
        joined += last[0].toLowerCase().replace(/[^\p{L}\d]/gu, '');
        if (joined === letters || joined === `${letters}s`) {
          const written = text.slice(words[at]!.index, last.index + last[0].length);
          spellings.push(joined === letters ? written : written.slice(0, -1));
        }
        if (joined.length >= letters.length + 1) break;
      }
    }
    // A capital makes it a name: "people" in a sentence is no employer even at careers@people.com.
    const named = spellings.filter((spelling) => /\p{Lu}/u.test(spelling));
    const chosen = named.find((spelling) => /\p{Ll}/u.test(spelling)) ?? named[0];
    if (chosen) return chosen;
  }
  return undefined;
}
