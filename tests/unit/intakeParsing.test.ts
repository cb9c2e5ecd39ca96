import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/domain/intake/canonicalUrl.js';
import { readJsonLd } from '../../src/domain/intake/jsonLd.js';
import { readMetaTags } from '../../src/domain/intake/metaTags.js';
import { toYearly } from '../../src/domain/intake/salary.js';
import { writtenAmount } from '../../src/domain/intake/writtenAmount.js';

const page = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

describe('JSON-LD JobPosting', () => {
  it('reads the posting among several blocks: organisation, place, salary range, HTML description, identifier', () => {
    expect(readJsonLd(page('jsonld-basic.html'))).toEqual({
      title: 'Senior Backend Engineer',
      company: 'Acme',
      location: 'Berlin, DE',
      // No remote flag: the analysis reads the work mode from the words, and only when they
      // say nothing does the office to report to mean on-site.
      workMode: null,
      presumedWorkMode: 'onsite',
      salaryMin: 85000,
      salaryMax: 105000,
      salaryCurrency: 'EUR',
      salaryPeriod: 'year',
      closesAt: null,
      postedAt: new Date('2026-11-01T00:00:00.000Z'),
      industry: 'Software Development',
      description: 'We build payments infrastructure.\n\nRequirements\n\n• 5+ years of TypeScript & Node.js\n• PostgreSQL\n\nNice to have\n\n• Kubernetes',
      source: 'jsonld',
      externalId: 'BE-1042',
    });
  });

  it("takes the place from the description's sentences when the data names none, in the posting's language", () => {
    const withText = (description: string) =>
      `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: "Operaio d'esercizio", hiringOrganization: { name: 'Elettra 1938' }, description })}</script></head><body></body></html>`;
    // fresh14's Elettra page: no jobLocation, the town in the first sentence.
    expect(readJsonLd(withText('<p>Per la nostra sede di Stabio siamo alla ricerca di un operatore di produzione.</p>'))).toMatchObject({ location: 'Stabio', presumedWorkMode: 'onsite' });
    expect(readJsonLd(withText('<p>Nous recrutons pour notre site d’Autun un technicien.</p>'))?.location).toBe('Autun');
    expect(readJsonLd(withText('<p>Für unser Team am Standort München suchen wir dich.</p>'))?.location).toBe('München');
    expect(readJsonLd(withText('<p>Empresa con sede en Madrid busca contable.</p>'))?.location).toBe('Madrid');
    expect(readJsonLd(withText('<p>Wir suchen dich für unser Team.</p>'))?.location).toBeNull();
  });

  it('finds it in an @graph after a broken block; many places; an hourly wage made yearly; escaped HTML', () => {
    expect(readJsonLd(page('jsonld-graph.html'))).toMatchObject({
      title: 'Staff Data Engineer',
      company: 'Globex',
      location: 'London, United Kingdom · Dublin, IE',
      salaryPeriod: 'hour',
      salaryMin: 93600,
      salaryMax: 93600,
      salaryCurrency: 'GBP',
      description: 'Hybrid role: three days in the office.',
    });
  });

  it('repairs a hand-built block: raw line breaks and unescaped quotes in the description, a stray comma', () => {
    // The shape of a real page (a static-site job post) whose block JSON.parse refuses.
    const html = `<script type="application/ld+json">
{
  "@context" : "https://schema.org/",
  "@type" : "JobPosting",
  "title" : "Postdoctoral Fellow in metagenomic search",
  "description" : "<h1 id="position">Position</h1>
<p>Work with Rust and Python on HPC clusters.</p>",
  "hiringOrganization" : { "@type": "Organization", "name": "Agricultural Research Service" },
  "jobLocation" : { "@type": "Place", "address": { "addressLocality": "Gainesville", "addressRegion": "FL" } },
}
</script>`;
    const posting = readJsonLd(html);
    expect(posting).toMatchObject({ title: 'Postdoctoral Fellow in metagenomic search', company: 'Agricultural Research Service', location: 'Gainesville, FL' });
    expect(posting?.description).toContain('Work with Rust and Python on HPC clusters.');
  });

  it('reads the parts a posting states apart from its description: qualifications, skills, benefits', () => {
    const html = `<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Senior Full Stack Software Engineer',
      hiringOrganization: { '@type': 'Organization', name: 'Faculty' },
      description: '<p>Build decision tools.</p><ul><li>Work with our data scientists.</li></ul>',
      qualifications: '<ul><li>TypeScript and React</li><li>Terraform</li></ul>',
      skills: ['Python', 'Kubernetes'],
      jobBenefits: '<ul><li>Hybrid working: two days a week in our London office</li></ul>',
      responsibilities: 'Build decision tools.',
    })}</script>`;
    const description = readJsonLd(html)?.description ?? '';
    expect(description).toContain('Qualifications\n\n• TypeScript and React\n• Terraform');
    expect(description).toContain('Skills\n\nPython\nKubernetes');
    expect(description).toContain('Benefits\n\n• Hybrid working: two days a week in our London office');
    // Already in the description: not said twice.
    expect(description).not.toContain('Responsibilities');
  });

  it('names a few of many remote countries, and not again as places', () => {
    const countries = ['NOR', 'CHL', 'ITA', 'CAN', 'ESP', 'HUN'];
    const html = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'JobPosting',
      title: 'Lead Product Designer',
      hiringOrganization: { '@type': 'Organization', name: 'Circle' },
      description: 'Design.',
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: countries.map((name) => ({ '@type': 'Country', name })),
      jobLocation: countries.map((addressCountry) => ({ '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry } })),
    })}</script>`;
    expect(readJsonLd(html)).toMatchObject({ location: 'Remote (NOR, CHL, ITA, CAN and 2 more)', workMode: 'remote' });
  });

  it('names the company people know when the data gives it beside its legal entity, after a bar', () => {
    const html = `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Anlagenmechaniker SHK', hiringOrganization: { '@type': 'Organization', name: 'Empire Premium | Empire Premium Bau UG' }, description: 'Heizungen montieren.' })}</script>`;
    expect(readJsonLd(html)?.company).toBe('Empire Premium');
  });

  it('reads a salary a hand-built page writes under "Value" with a capital', () => {
    const html = `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Web Designer', hiringOrganization: { '@type': 'Organization', name: 'LAMP' }, baseSalary: { '@type': 'MonetaryAmount', currency: 'JPY', value: { '@type': 'QuantitativeValue', Value: 900, unitText: 'HOUR' } }, description: 'Design pages.' })}</script>`;
    expect(readJsonLd(html)).toMatchObject({ salaryMin: 1_872_000, salaryMax: 1_872_000, salaryCurrency: 'JPY', salaryPeriod: 'hour' });
  });

  it('reads a figure written with its scale, as a Vietnamese board writes "8 triệu" for 8 million', () => {
    const value = { '@type': 'QuantitativeValue', unitText: 'MONTH', value: '8-10 triệu', minValue: '8 triệu', maxValue: '10 triệu' };
    const html = `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Kĩ thuật viên Sơn', hiringOrganization: { '@type': 'Organization', name: 'An Dân' }, baseSalary: { '@type': 'MonetaryAmount', currency: 'VND', value }, description: 'Sơn xe.' })}</script>`;
    expect(readJsonLd(html)).toMatchObject({ salaryMin: 96_000_000, salaryMax: 120_000_000, salaryCurrency: 'VND', salaryPeriod: 'month' });
  });

  it("reads a salary written as a sentence where the value goes, as Finland's state job board writes it, and no figure from words alone", () => {
    const posting = (value: unknown) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Pääkirjanpitäjä, Palkeet', hiringOrganization: 'Palkeet', baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value }, description: 'Kirjanpito.' })}</script>`;
    expect(readJsonLd(posting('Aloittavan henkilön palkka on 3 270,19 euroa kuukaudessa.'))).toMatchObject({ title: 'Pääkirjanpitäjä', salaryMin: 39_242, salaryMax: 39_242, salaryCurrency: 'EUR', salaryPeriod: 'month' });
    expect(readJsonLd(posting('Palkka 3 000 – 3 500 euroa kuukaudessa'))).toMatchObject({ salaryMin: 36_000, salaryMax: 42_000, salaryPeriod: 'month' });
    // "YTES": paid by the collective agreement, no amount.
    expect(readJsonLd(posting('YTES'))).toMatchObject({ salaryMin: null, salaryMax: null });
    // The first amount and the period named beside it: not the hours, days off or dates after it (an outside review's cases).
    expect(readJsonLd(posting('3 000 euroa kuukaudessa, työaika 37,5 tuntia viikossa'))).toMatchObject({ salaryMin: 36_000, salaryMax: 36_000, salaryPeriod: 'month' });
    expect(readJsonLd(posting('€3,500 per month plus holiday pay'))).toMatchObject({ salaryMin: 42_000, salaryPeriod: 'month' });
    expect(readJsonLd(posting('£30,000 per annum + 25 days holiday'))).toMatchObject({ salaryMin: 30_000, salaryMax: 30_000, salaryPeriod: 'year' });
    expect(readJsonLd(posting('60-80k EUR'))).toMatchObject({ salaryMin: 60_000, salaryMax: 80_000, salaryPeriod: 'year' });
    expect(readJsonLd(posting('€ 4.000 bruto per maand'))).toMatchObject({ salaryMin: 48_000, salaryPeriod: 'month' });
    expect(readJsonLd(posting('Tagessatz 600 EUR pro Tag'))).toMatchObject({ salaryMin: 156_000, salaryPeriod: 'day' });
    // Nobody is paid 60 a year: no believable pay, none.
    expect(readJsonLd(posting('Grade 60 to 65 on the scale'))).toMatchObject({ salaryMin: null });
  });

  it("drops the company from a title only when the part after the comma is its whole name", () => {
    const titled = (title: string) => readJsonLd(`<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title, hiringOrganization: 'Platform Co', description: 'Build.' })}</script>`)?.title;
    expect(titled('Engineer, Platform Co')).toBe('Engineer');
    expect(titled('Engineer, Platform')).toBe('Engineer, Platform');
  });

  it("names the company without the site's address some pages put beside it", () => {
    const html = `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Lead Product Designer', hiringOrganization: { '@type': 'Organization', name: 'Circle (circle.so)' }, description: 'Design.' })}</script>`;
    expect(readJsonLd(html)?.company).toBe('Circle');
    const dell = `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Internal Audit SOX Senior Advisor', hiringOrganization: { '@type': 'Organization', name: 'DELL USA L.P. (1001)' }, description: 'Audit.' })}</script>`;
    expect(readJsonLd(dell)?.company).toBe('DELL USA L.P.');
  });

  it("reads the page's own words when the structured data leaves the description out or gives only a teaser, and only then", () => {
    const data = (description?: string) => JSON.stringify({ '@type': 'JobPosting', title: 'Oberarzt (m/w/d)', hiringOrganization: { '@type': 'Organization', name: 'Krankenhäuser Nürnberger Land GmbH' }, ...(description ? { description } : {}) });
    const body = `<nav>Freie Stellen · Pflege · Ärztlicher Dienst</nav><main><h2>Das bringen Sie mit:</h2><ul><li>Abgeschlossene Weiterbildung zum Facharzt für Innere Medizin</li><li>Erfahrung in Sonographie und Endoskopie, gerne mit Schwerpunkt Gastroenterologie oder Geriatrie</li><li>Organisations- und Kommunikationsfähigkeit</li></ul></main><footer>Impressum</footer>`;
    const bare = readJsonLd(`<html><head><script type="application/ld+json">${data()}</script></head><body>${body}</body></html>`)?.description ?? '';
    expect(bare).toContain('Sonographie und Endoskopie');
    expect(bare).not.toContain('Freie Stellen');
    expect(bare).not.toContain('Impressum');
    const described = readJsonLd(`<html><head><script type="application/ld+json">${data('<p>Wir suchen einen Oberarzt für die Innere Medizin. Sie führen Untersuchungen durch, betreuen Patientinnen und Patienten auf Station und leiten Assistenzärzte an. Erfahrung in der Gastroenterologie ist willkommen.</p>')}</script></head><body>${body}</body></html>`)?.description ?? '';
    expect(described).toContain('Wir suchen einen Oberarzt');
    expect(described).not.toContain('Sonographie');
    // A teaser for search engines beside a page that shows the whole posting (fresh2's CrossFit gym).
    const requirements = `<main><h1>CrossFit Coach</h1><p>Join our coaching team in Secaucus.</p><h2>Requirements</h2><ul>${['CrossFit Level 1 certificate or higher', 'Two years coaching group fitness classes', 'Personal training experience with clients of all levels', 'CPR and first aid certification', 'Comfortable selling memberships to new members'].map((item) => `<li>${item}</li>`).join('')}</ul></main>`;
    const teaser = 'Join our coaching team in Secaucus. We are looking for a coach who loves helping members reach their goals in our friendly box.';
    const coach = (description: string, more = '') =>
      `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'CrossFit Coach', hiringOrganization: { '@type': 'Organization', name: 'CrossFit Secaucus' }, description })}</script></head><body>${requirements.replace('</main>', `${more}</main>`)}</body></html>`;
    const completed = readJsonLd(coach(teaser))?.description ?? '';
    expect(completed).toContain(teaser);
    expect(completed).toContain('CrossFit Level 1 certificate');
    // Under 2,000 characters a description may still be a summary: fresh12's Finnish agency wrote
    // 1,466 in its data and its benefits only on the page. One of 2,000 or more is the posting.
    const summary = `${teaser} `.repeat(11);
    expect(summary.length).toBeGreaterThan(1_400);
    const longPage = (description: string) => coach(description).replace('</main>', `<p>${'Members train in small groups every day of the week. '.repeat(60)}</p></main>`);
    expect(readJsonLd(longPage(summary))?.description).toContain('CrossFit Level 1 certificate');
    const whole = `${teaser} `.repeat(16);
    expect(whole.length).toBeGreaterThan(2_000);
    expect(readJsonLd(longPage(whole))?.description).not.toContain('CrossFit Level 1 certificate');
    // A region that repeats the teaser word for word holds it, and is read alone.
    const repeated = readJsonLd(coach(teaser).replace('<p>Join our coaching team in Secaucus.</p>', `<p>${teaser}</p>`))?.description ?? '';
    expect(repeated.match(/Join our coaching team/g)).toHaveLength(1);
    expect(repeated).toContain('Personal training experience');
    // A region that also heads other openings holds their pay and skills: the teaser stays alone.
    const openings = readJsonLd(coach(teaser, '<h2>More openings</h2><h3>Front Desk Coordinator</h3><p>$22 - $26 per hour. Fully remote. QuickBooks.</p>'))?.description ?? '';
    expect(openings).toBe(teaser);
    // So does a page whose data holds several postings.
    const several = coach(teaser).replace('</script>', `</script><script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Front Desk Coordinator', hiringOrganization: { '@type': 'Organization', name: 'CrossFit Secaucus' }, description: 'Greet members.' })}</script>`);
    expect(readJsonLd(several)?.description).toBe(teaser);
    // Without a region the page marks as its main one, the body's side lists are not this posting.
    const unmarked = readJsonLd(`<html><head><script type="application/ld+json">${data()}</script></head><body><div>Similar jobs: Kubernetes Engineer, Salesforce Admin, and many more openings across our hospitals in the region, updated daily for you to browse and apply.</div></body></html>`)?.description ?? '';
    expect(unmarked).not.toContain('Similar jobs');
  });

  it('reads a top-level array, a name instead of a title, TELECOMMUTE as remote, a monthly salary', () => {
    expect(readJsonLd(page('jsonld-remote.html'))).toMatchObject({ title: 'Product Designer', company: 'Initech', location: 'Remote (USA)', workMode: 'remote', salaryMin: 108000, salaryCurrency: 'USD' });
  });

  it('follows @id references into the graph for the organisation, the place and a monthly salary; drops placeholders and the site suffix', () => {
    expect(readJsonLd(page('jsonld-graph-references.html'))).toMatchObject({
      title: 'Site Reliability Engineer',
      company: 'Northwind Traders',
      location: 'Seattle, WA, US',
      salaryMin: 132000,
      salaryMax: 174000,
      salaryCurrency: 'USD',
      salaryPeriod: 'month',
      externalId: null,
      postedAt: new Date('2026-11-02T00:00:00.000Z'),
      closesAt: new Date('2026-12-31T23:59:59.000Z'),
    });
  });

  // Real career sites (Pinpoint, USAJobs) name the country applicants may live in for on-site
  // jobs too; only TELECOMMUTE, or applicant regions with no town to work in, say remote.
  it('reads remote from where applicants may live only when no town is given, and a zero salary as none', () => {
    expect(readJsonLd(page('jsonld-remote-with-office.html'))).toMatchObject({
      company: 'Initrode',
      location: 'Chicago, IL, US',
      workMode: null,
      presumedWorkMode: 'onsite',
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: null,
    });
    const countryOnly = { '@type': 'JobPosting', title: 'Account Executive', hiringOrganization: { '@type': 'Organization', name: 'Initrode' }, description: 'Sell.', applicantLocationRequirements: { '@type': 'Country', name: 'United States' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'US' } } };
    expect(readJsonLd(`<script type="application/ld+json">${JSON.stringify(countryOnly)}</script>`)).toMatchObject({ location: 'Remote (United States) · US', workMode: 'remote' });
  });

  it('reads a range put on the amount itself, with no unit, as yearly', () => {
    const posting = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Product Marketing Lead', hiringOrganization: { '@type': 'Organization', name: 'Monzo' }, baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', minValue: '100000', maxValue: '133000' } };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(posting)}</script></head></html>`;
    expect(readJsonLd(html)).toMatchObject({ salaryMin: 100000, salaryMax: 133000, salaryCurrency: 'GBP', salaryPeriod: 'year' });
  });

  it('is null without a JobPosting', () => {
    expect(readJsonLd(page('meta-only.html'))).toBeNull();
    expect(readJsonLd(page('nothing.html'))).toBeNull();
  });
});

describe('meta tags', () => {
  it('splits "Title at Company" from og:title', () => {
    expect(readMetaTags(page('meta-only.html'))).toMatchObject({ title: 'Platform Engineer', company: 'Hooli', description: 'Join the platform team that keeps Hooli running.', source: 'meta' });
  });

  it('takes the company from the site name, without "Careers"', () => {
    expect(readMetaTags(page('meta-sitename.html'))).toMatchObject({ title: 'Security Analyst', company: 'Umbrella', description: 'Protect what matters.' });
  });

  it('takes the company from before the site\'s own words at the end of the title', () => {
    const html = '<html><head><title>Business Development Manager - Initech - Career Page</title></head></html>';
    expect(readMetaTags(html)).toMatchObject({ title: 'Business Development Manager', company: 'Initech' });
  });

  it("reads the posting from the page's main text, not from its cut-off meta description", () => {
    const requirements = '<ul><li>Experience with CRM systems (Salesforce, HubSpot, or similar)</li><li>A track record of meeting sales targets in the field</li></ul>';
    const html = `<html><head><title>Sales Manager - Initech - Career Page</title><meta name="description" content="Business Development, Outside Sales, Account Manag"></head><body><nav>Home · Jobs · Login</nav><main><h2>What you bring</h2>${requirements}<p>${'We visit customers every week across the region. '.repeat(3)}</p></main><footer>© Initech</footer></body></html>`;
    const posting = readMetaTags(html)!;
    expect(posting.description).toContain('• Experience with CRM systems (Salesforce, HubSpot, or similar)');
    expect(posting.description).not.toContain('Login');
    expect(posting.description).not.toContain('© Initech');
    const teaser = `<html><head><title>Sales Manager at Initech</title></head><body><article>Also hiring: Java Developer</article><aside>Similar jobs: Salesforce Admin</aside><main>${requirements}<p>${'We visit customers every week across the region. '.repeat(3)}</p></main></body></html>`;
    const read = readMetaTags(teaser)!;
    expect(read.description).toContain('Salesforce, HubSpot');
    expect(read.description).not.toContain('Java Developer');
    expect(read.description).not.toContain('Salesforce Admin');
  });

  it('reads the place a career page shows beside the posting, not a paragraph that mentions one', () => {
    const jazz = '<html><head><title>Business Development Manager - RestoPros - Career Page</title></head><body><div class="job-attributes-container"><div title="Location"><i class="fa fa-map-marker"></i>Summerville, SC</div></div></body></html>';
    expect(readMetaTags(jazz)).toMatchObject({ title: 'Business Development Manager', company: 'RestoPros', location: 'Summerville, SC' });
    const paragraph = '<html><head><title>Designer at Initech</title></head><body><p class="location">Our office is in a lovely old building by the river, a short walk from the station.</p></body></html>';
    expect(readMetaTags(paragraph)?.location).toBeNull();
  });

  it('is null when the page says nothing about a job', () => {
    expect(readMetaTags(page('nothing.html'))).toBeNull();
  });
});

describe('canonical links', () => {
  it.each([
    ['https://www.Acme.example/jobs/42/?utm_source=x&utm_medium=y&gh_src=abc', 'https://acme.example/jobs/42'],
    ['https://jobs.lever.co/acme/123?lever-source=LinkedIn&lever-origin=applied', 'https://jobs.lever.co/acme/123'],
    ['https://acme.example/jobs?id=42&b=2#apply', 'https://acme.example/jobs?b=2&id=42'],
    ['https://acme.example/', 'https://acme.example/'],
  ])('%s', (link, expected) => {
    expect(canonicalUrl(link)).toBe(expected);
  });
});

describe('salary periods', () => {
  it.each([
    [50, 'HOUR', 104000],
    [400, 'DAY', 104000],
    [2000, 'WEEK', 104000],
    [8000, 'per month', 96000],
    [120000, 'YEAR', 120000],
    [120000, undefined, 120000],
  ])('%s per %s is %s a year', (amount, unit, yearly) => {
    expect(toYearly(amount, unit)).toBe(yearly);
  });
});

describe('amounts as postings write them', () => {
  it.each([
    ['170,000', 170000],
    ['55.000', 55000],
    ["100'000", 100000],
    ['3 270,19', 3270.19],
    ['1.858,20', 1858.2],
    ['3,270.19', 3270.19],
    ['58.50', 58.5],
    ['11,88', 11.88],
    ['12,00,000', 1200000],
    ['147000', 147000],
  ])('%s is %d', (digits, value) => {
    expect(writtenAmount(digits)).toBe(value);
  });
});
