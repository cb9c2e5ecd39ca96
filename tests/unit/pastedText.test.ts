import { describe, expect, it } from 'vitest';
import { withoutControlCharacters } from '../../src/domain/controlCharacters.js';
import { analyzePosting } from '../../src/domain/analysis/analyzePosting.js';
import { Taxonomy } from '../../src/domain/analysis/taxonomy.js';
import { PRESUMED_WORK_MODE } from '../../src/domain/analysis/workModeText.js';
import { readPastedFields, readPastedText } from '../../src/domain/intake/pastedText.js';

describe('a posting pasted as text', () => {
  it.each([
    ['Senior Backend Engineer at Acme\nWe build payments.\nRequirements\n- Go', 'Senior Backend Engineer', 'Acme'],
    ['Data Analyst - Globex Corporation\n\nLocation: Remote (EU)\nYou will turn data into decisions.', 'Data Analyst', 'Globex Corporation'],
    ['Job title: Platform Engineer\nCompany: Initech\nLocation: Austin, TX\n\nAbout the role...', 'Platform Engineer', 'Initech'],
    ['Product Designer\n\nAbout Hooli\nHooli makes the internet better.\n\nWhat you will do', 'Product Designer', 'Hooli'],
    ['QA Engineer\nUmbrella Health is hiring a QA engineer to join our team.', 'QA Engineer', 'Umbrella Health'],
  ])('%#: finds the title and the company', (text, title, company) => {
    expect(readPastedText(text)).toMatchObject({ title, company, source: 'pasted', description: text.trim() });
  });

  it("takes a lawyer's title on a line of its own for a title", () => {
    expect(readPastedFields('Agency General Counsel\n\nWithin NYC Opportunity, the Enterprise Data Solutions team shares data.').title).toBe('Agency General Counsel');
  });

  it('reads the location line', () => {
    expect(readPastedText('Data Analyst - Globex\nLocation: Remote (EU)\nText')?.location).toBe('Remote (EU)');
  });

  it('is presumed on-site at a named town, never at "Remote", a country or no place at all', () => {
    const taxonomy = Taxonomy.load();
    const presumed = (text: string) => analyzePosting(taxonomy, readPastedText(text)!).workModeDetail === PRESUMED_WORK_MODE;
    const nurse = analyzePosting(taxonomy, readPastedText('Registered Nurse - Flint Health\nLocation: Austin, TX\nCare for patients.')!);
    expect([nurse.workMode, nurse.workModeDetail]).toEqual(['onsite', PRESUMED_WORK_MODE]);
    expect(presumed('Data Analyst - Globex\nLocation: Remote (EU)\nText')).toBe(false);
    expect(presumed('Data Analyst - Globex\nLocation: United States\nText')).toBe(false);
    expect(presumed('Data Analyst - Globex\nLocation: Germany\nText')).toBe(false);
    expect(presumed('Sales Rep - Globex\nLocation: Home-based, UK\nText')).toBe(false);
    expect(presumed('Data Analyst - Globex\nText')).toBe(false);
  });

  it.each([
    ['Recurse Center (YC S10) | Career Facilitator | Onsite | Brooklyn | Full-time', { title: 'Career Facilitator', company: 'Recurse Center', location: 'Brooklyn' }],
    // A Swedish board's layout: the employer's name with its legal form on the line under the title.
    ['Operating Room Nurse\nCentric Care AB\n\nOM UPPDRAGET\nNu söker vi dig som är legitimerad operationssjuksköterska.', { title: 'Operating Room Nurse', company: 'Centric Care AB', location: null }],
    // A town with its region's code is a place, not a company with a legal form.
    ['Line Cook\nLas Vegas, NV\nWynn Resorts is hiring a line cook.', { title: 'Line Cook', company: 'Wynn Resorts', location: 'Las Vegas, NV' }],
    ['Sales Representative at Acme Corp\nBusiness-to-business sales experience required.', { title: 'Sales Representative', company: 'Acme Corp', location: null }],
    ['Pastry Baker I\n\nLocation: Norwich, VT\n\nMeet Us: King Arthur Baking Company is an award-winning baking company.', { title: 'Pastry Baker I', company: 'King Arthur Baking Company', location: 'Norwich, VT' }],
    ['Operations Staff | Part-Time | Ryan Center\n\nLocation : Location\n\nJob Post Information* : External Company Name\n\nOak View Group', { title: 'Operations Staff', company: 'Oak View Group', location: null }],
    ['Account Manager\n\nSales\n\nBoston - USA\n\nFull-time\n\nHybrid\n\nDescription\n\nPort is the developer portal.', { title: 'Account Manager', company: 'Port', location: 'Boston - USA' }],
    ['EnsoData | Sales | Remote US | Full-Time | $83k-$220k + equity', { title: null, company: 'EnsoData', location: 'Remote US' }],
    ['MPRS | UI/UX Designer | Onsite (New York) or Remote | US Time Zones | Contract', { title: 'UI/UX Designer', company: 'MPRS', location: 'New York or Remote' }],
    ['Research Analyst\nCivic Data Center | Remote\nAugust 22, 2024\n\nThe Civic Data Center (CDC) is seeking an analyst.', { title: 'Research Analyst', company: 'Civic Data Center', location: 'Remote' }],
    ['Research Analyst - Globex\nLocation: Globex HQ is located in Washington, DC, but the location for this position is flexible.', { title: 'Research Analyst', company: 'Globex', location: 'Washington, DC' }],
    ['Finance and Operations Director\nACCESS Reproductive Justice | California\nApril 8, 2023\nSalary: $87,134 - $102,091', { title: 'Finance and Operations Director', company: 'ACCESS Reproductive Justice', location: 'California' }],
    ['## E-Commerce Web Developer (Heraklion Crete) @ [Digital Bird](https://www.digitalbird.gr/)\n\nWe design shops.', { title: 'E-Commerce Web Developer', company: 'Digital Bird', location: 'Heraklion Crete' }],
    ['## Backend Engineer (Python) @ Risiq\n\nWe build risk tools.', { title: 'Backend Engineer (Python)', company: 'Risiq', location: null }],
    ['Refrigeration Mechanic at Acme Heating\n\nWe are located in Cambridge, Ontario. Due to growth we are hiring.', { title: 'Refrigeration Mechanic', company: 'Acme Heating', location: 'Cambridge, Ontario' }],
    ['Delivery Driver at Acme\n\nOur depot is located in St. Louis, MO and we deliver daily.', { title: 'Delivery Driver', company: 'Acme', location: 'St. Louis, MO' }],
    ['PrairieLearn (Remote US) — Full-Stack Software Engineer — TypeScript / Postgres / React\n\nWe build assessments.', { title: 'Full-Stack Software Engineer', company: 'PrairieLearn', location: 'Remote US' }],
    ['Plutus | Kirkland, WA (In Person) Founding Engineer | We build a fintech platform.\n\nCloud Platform:\n\nGCP (Cloud Run, Cloud SQL, K8S)', { title: 'Founding Engineer', company: 'Plutus', location: 'Kirkland, WA' }],
    ['Class A CDL Driver\nMarietta, GA\n\nDrive for us.\n\nJoin our growing team at SD Freight Corp. If you are interested, apply.', { title: 'Class A CDL Driver', company: 'SD Freight Corp', location: 'Marietta, GA' }],
    ['Data Analyst at Globex\nWe move fast — really fast — every day.\n\nSQL and Excel.', { title: 'Data Analyst', company: 'Globex', location: null }],
    ['Residential/General Electrician Full-Time\nOrange County, CA\n\nAbout L.U. ELECTRIC, INC.\n\nA family owned business.', { title: 'Residential/General Electrician', company: 'L.U. ELECTRIC, INC.', location: 'Orange County, CA' }],
    ['Civil Engineer II-IV<br/>\nBishop Engineering is hiring a civil engineer.', { title: 'Civil Engineer II-IV', company: 'Bishop Engineering', location: null }],
    ['Senior Data Engineer at Acme\nWe are small — 12 people — and we support hundreds of clinics.', { title: 'Senior Data Engineer', company: 'Acme', location: null }],
    ['Registered Nurse\n\nJoin Us in making a difference. Join Mercy Health, a leading hospital.', { title: 'Registered Nurse', company: 'Mercy Health', location: null }],
    ['Data Analyst - Globex\nLocation: San Francisco, CA; New York, NY; Seattle, WA; Austin, TX; Boston, MA', { title: 'Data Analyst', company: 'Globex', location: 'San Francisco, CA; New York, NY; Seattle, WA; Austin, TX; Boston, MA' }],
    ['Policy Analyst at Acme\n\nWe are based in Washington, D.C. Our team is small.', { title: 'Policy Analyst', company: 'Acme', location: 'Washington, D.C.' }],
    ['Site Supervisor\n\nCome build with us and join our team at Johnson Bros. Construction. If you like building, apply.', { title: 'Site Supervisor', company: 'Johnson Bros. Construction', location: null }],
    ['Acme | Founding Engineer | In-person, Kirkland, WA', { title: 'Founding Engineer', company: 'Acme', location: 'Kirkland, WA' }],
    ["Registered Nurse\nSt. Mary's Hospital | Hybrid\n\nCare for patients.", { title: 'Registered Nurse', company: "St. Mary's Hospital", location: null }],
    ['## Web developer @ Mene & Jo\n\nWe are based in Chania, Crete, Greece and we are looking for a web developer.', { title: 'Web developer', company: 'Mene & Jo', location: 'Chania, Crete, Greece' }],
    ['IT Administrator at Yodeck\n\nYou will work full-time in our beautiful office in downtown Athens, Greece.', { title: 'IT Administrator', company: 'Yodeck', location: 'Athens, Greece' }],
    ['Marketing Coordinator\n\nThis is a hybrid role.\nTea Collection is an Equal Opportunity Employer.', { title: 'Marketing Coordinator', company: 'Tea Collection', location: null }],
    ['DigiFi | Sales Development Representative | New York City | $50k-$100k + Equity | Full-Time, Onsite', { title: 'Sales Development Representative', company: 'DigiFi', location: 'New York City' }],
    ['Internet Archive | San Francisco | Onsite or Remote | Full-time\n\nWe are hiring engineers.', { title: null, company: 'Internet Archive', location: 'San Francisco' }],
    ['IEN - Registered Nurse Emergency Room\nAustin, TX\n\nRelocation is included.\nFlint is a healthcare staffing company for nurses.', { title: 'IEN - Registered Nurse Emergency Room', company: 'Flint', location: 'Austin, TX' }],
    ['Health Center Associate II (HCA II) / Medical Assistant (MA) / Licensed Practical Nurse (LPN) / Registered Nurse (RN)\nPlanned Parenthood North Central States | Minnesota', { title: null, company: 'Planned Parenthood North Central States', location: 'Minnesota' }],
    ['Chemist\n\nNatural Essentials, Inc. is leading manufacturer and supplier of cosmetic products.', { title: 'Chemist', company: 'Natural Essentials, Inc.', location: null }],
    ["Executive Business Administrator role\n\nYou'll be part of our quickly growing, all-remote team at Sourcegraph.\n\nResponsibilities", { title: 'Executive Business Administrator', company: 'Sourcegraph', location: null }],
    ['Senior WordPress Developer\n\nTYPE OF WORK\nFull Time\n\nSenior WordPress Developer – Truffle Digital\nAre you a senior WordPress developer?', { title: 'Senior WordPress Developer', company: 'Truffle Digital', location: null }],
    ['Marker | Product Engineer | Onsite/Hybrid, London, UK | Full-time | £100K - £170K + equity', { title: 'Product Engineer', company: 'Marker', location: 'London, UK' }],
  ])('%#: reads the layouts copied pages and Hacker News headers use', (text, fields) => {
    expect(readPastedFields(text)).toEqual(fields);
  });

  it.each([
    ['Junior Architect - Foster + Partners\n\nWe design buildings.', { title: 'Junior Architect', company: 'Foster + Partners' }],
    ['Paralegal - Smith & Associates\n\nWe are a law firm.', { title: 'Paralegal', company: 'Smith & Associates' }],
    ['Data Engineer\n\nSnowflake is a cloud data platform we rely on daily.\n\nNorthwind Traders is an equal opportunity employer.', { title: 'Data Engineer', company: 'Northwind Traders' }],
  ])('%#: a company with a role word in its name, an employer over a tool', (text, fields) => {
    expect(readPastedFields(text)).toMatchObject(fields);
  });

  it.each([
    'Job title: Platform Engineer\nCompany: We build tools for developers.',
    'Account Executive\n\nPrevious experience in a similar role at Deloitte.',
    'Nurse\n\nYou will report to the team at Mercy Hospital South.',
    'Software Engineer\n\nSoftware Engineer at a fast-growing fintech',
  ])('%#: names no company from a sentence or someone else\'s name', (text) => {
    expect(readPastedFields(text).company).toBeNull();
  });

  it('keeps a stack list out of the place beside a remote header', () => {
    expect(readPastedFields('Acme | Senior Engineer | Full-time, Remote | Python').location).not.toBe('Python');
  });

  it("reads a job board's markdown page: the title heading with its dash kept, the employer the heading under it, the place without its code marks", () => {
    // fresh8's Fountain posting, as RemoteWLB publishes it.
    const page = '# [Software Engineer - Backend (E5)](https://www.remotewlb.com/apply/software-engineer-backend-e5-110658)  \n### Fountain  \n#### `🌎 United States (Remote)`  \n\n# Position description\n\nJoin our team.';
    expect(readPastedFields(page)).toEqual({ title: 'Software Engineer - Backend (E5)', company: 'Fountain', location: 'United States (Remote)' });
    // A second heading that is a section, not a name, leaves the dash to part title and company.
    expect(readPastedFields('# Data Analyst - Globex\n## What you will do:\nTurn data into decisions.')).toMatchObject({ title: 'Data Analyst', company: 'Globex' });
  });

  it('reads a Hacker News header whose company leads with its address for a name', () => {
    expect(readPastedFields('Normcore.io | Head of Strategic Finance | Full-time | $100-140K USD | Remote PT/ET Hours\n\nI am the founder.')).toMatchObject({ title: 'Head of Strategic Finance', company: 'Normcore.io' });
    // An address in any other part is a link, not a name.
    expect(readPastedFields('Acme | Senior Engineer | Remote | acme.com/jobs').company).toBe('Acme');
  });

  it("reads a field written as a list item, and a company that says what it wants or exists to do", () => {
    // fresh9's Made Tech posting.
    const madeTech = '# Lead Bid Manager\n\nYou will lead the bid process.\n\n## Summary\n\nMade Tech want to positively impact the future of the country.\n\n## Benefits\n\n* Location: Any UK Made Tech Office Hub (Bristol, London, Manchester and Swansea)\n* Hybrid-working';
    expect(readPastedFields(madeTech)).toEqual({ title: 'Lead Bid Manager', company: 'Made Tech', location: 'Any UK Made Tech Office Hub (Bristol, London, Manchester and Swansea)' });
    expect(readPastedFields('Program Manager\n\nBridge Foundry exists to make tech inclusive.').company).toBe('Bridge Foundry');
    // fresh5's SD Freight posting: a benefit in a list is no "Company:" field.
    expect(readPastedFields('FedEx Linehaul Class A CDL Driver\nMarietta, GA\n\nJoin SD Freight Corp, a leading transportation company.\n\nBenefits:\n- Company-paid Life Insurance').company).toBe('SD Freight Corp');
  });

  it("takes no section heading, place or detail under a markdown title for the company (an outside review's cases)", () => {
    expect(readPastedFields('# Senior Backend Engineer\n\n## About Acme\n\nAcme is a fintech company.').company).toBe('Acme');
    expect(readPastedFields('# Senior Backend Engineer\n\n## Overview\n\nAcme is a fintech company.').company).toBe('Acme');
    expect(readPastedFields('# Product Designer\n## The Role\nJoin Figma as a product designer.').company).toBe('Figma');
    expect(readPastedFields("# Data Engineer\n## What you'll do\nBuild pipelines.\nAcme Corp is an equal opportunity employer.").company).toBe('Acme Corp');
    expect(readPastedFields('# Software Engineer\n## Full-time\nAcme builds tools.').company).toBe('Acme');
    expect(readPastedFields('# Senior Engineer at Acme\n## Overview\nBuild things.')).toMatchObject({ title: 'Senior Engineer', company: 'Acme' });
    expect(readPastedFields('## Registered Nurse – Mercy Hospital\n### Job Summary\nCare for patients.')).toMatchObject({ title: 'Registered Nurse', company: 'Mercy Hospital' });
    expect(readPastedFields('# Senior Software Engineer - Payments\n## Remote, US\nBuild payments.').company).not.toBe('Remote, US');
  });

  it("reads a recruiter's 'Label- value' lines, and a place from a list item only under its own label", () => {
    expect(readPastedFields('Position- Java Developer\nLocation- Dallas, TX (Hybrid)\n\nWe need Java.')).toMatchObject({ title: 'Java Developer', location: 'Dallas, TX (Hybrid)' });
    expect(readPastedFields('Title-Senior Data Engineer\nLocation-Chicago, IL\nCompany-Acme Corp')).toEqual({ title: 'Senior Data Engineer', company: 'Acme Corp', location: 'Chicago, IL' });
    const perks = readPastedFields('Senior Engineer at Acme\n\nPerks:\n- Office: beautiful loft in Mitte with free lunch\n- Role: you own the roadmap end to end\n* Position: permanent, full-time');
    expect(perks).toMatchObject({ title: 'Senior Engineer', company: 'Acme' });
    expect(perks.location).not.toBe('beautiful loft in Mitte with free lunch');
  });

  it('takes nobody, a team or a department for the company', () => {
    expect(readPastedFields('Product Manager\nLondon\n\nEveryone wants to build great products.\n\nJoin Globex as our first PM.').company).toBe('Globex');
    expect(readPastedFields('Customer Success Manager\n\nNobody wants to wait on hold.\nJoin Hooli today.').company).toBe('Hooli');
    expect(readPastedFields('Senior Data Analyst\n\nThe Data Team exists to help every department.\nAcme Corp, Inc. is an equal opportunity employer.').company).toBe('Acme Corp, Inc.');
    expect(readPastedFields('Backend Engineer\n\nMarketing believes in data. Join Vandelay Industries.').company).toBe('Vandelay Industries');
  });

  it("drops the address from a header's company when the posting writes the name without it", () => {
    expect(readPastedFields('VersaFeed.com | Director of Business Development | Remote\n\nVersaFeed helps retailers.').company).toBe('VersaFeed');
  });

  it("reads fresh10's headers: places in brackets after the name, an 'Exec', a board's pay beside its place", () => {
    expect(readPastedFields('Parabola Labs (NYC / SF) | Enterprise Account Exec | Full-time | On-site Hybrid\n\nWe are hiring an AE.')).toEqual({ title: 'Enterprise Account Exec', company: 'Parabola Labs', location: 'NYC / SF' });
    // A title's stack list in brackets is no place (dev's Campus and fresh4's StorPool headers).
    expect(readPastedFields('Campus.edu | Senior Full Stack Developer (Go, React, Postgres, Redis, GKE) | Hybrid (Tribeca New York US) | Full-time\n\nx').location).not.toContain('Go, React');
    expect(readPastedFields('StorPool | Senior Software Engineer - Storage Core (C/Linux) | Remote (UTC-1 to UTC+5) | Full-time\n\nx').title).toBe('Senior Software Engineer - Storage Core (C/Linux)');
    const board = '# [Account Development Manager](https://www.remotewlb.com/apply/account-development-manager-119411)  \n### Precision Medicine Group  \n#### `💰 USD $93,000~$125,800` `🌎 Remote, United States`  \n\nPrecision Medicine Group is a research organization.';
    expect(readPastedFields(board)).toEqual({ title: 'Account Development Manager', company: 'Precision Medicine Group', location: 'Remote, United States' });
  });

  it("reads fresh11's pastes: a graduate cohort after the title's bar, a law firm's '& Associates, P.C.'", () => {
    expect(readPastedFields('Entry-Level Automation Engineer | 2026 Graduate\nAtos\nAmstelveen, North Holland, Netherlands\n\nAtos Group is een wereldleider.')).toMatchObject({ title: 'Entry-Level Automation Engineer | 2026 Graduate' });
    expect(readPastedFields('Chinese-English Bilingual Associate Attorney\nFlushing, N.Y.\nFull-Time\n\nJobs Description\nKing L. Wu & Associates, P.C. is a boutique law firm that represents clients.').company).toBe('King L. Wu & Associates, P.C.');
  });

  it("reads fresh12's pastes: an office-days aside beside the mode, a bar inside the title's brackets, a short title over its place and hours, a place said twice", () => {
    expect(readPastedFields('Silkline | Senior Software Engineer | Seattle | ONSITE (5 days/week) | $175k-$225k + equity | https://silkline.ai\n\nWe build procurement software.')).toEqual({ title: 'Senior Software Engineer', company: 'Silkline', location: 'Seattle' });
    expect(readPastedFields('NGS Sales Specialist (m/f/d | 100%)\n\nLocation\nZizers\n\nIf so, INTEGRA is the right place for you.').title).toBe('NGS Sales Specialist (m/f/d | 100%)');
    expect(readPastedFields('Bookkeper\n\nBellaire, 6750 West Loop South, Suite 845\nFull time\n\nCodeNotary is the leading company for trusted CI/CD.')).toMatchObject({ title: 'Bookkeper', company: 'CodeNotary' });
    // Not any short first line: one with no place and hours under it, a button, a town or a company is no title.
    expect(readPastedFields('Hello there\n\nWe have news about our team.').title).toBeNull();
    for (const first of ['Apply Now', 'Back to all jobs', 'New York, NY', 'Acme Corporation']) {
      expect(readPastedFields(`${first}\nBellaire, 6750 West Loop South\nFull time\n\nAcme is a bakery.`).title).toBeNull();
    }
    expect(readPastedFields('Overview\nFull time\nBarista\n\nAcme is a coffee shop.').title).toBe('Barista');
    const board = '# [Learning Materials Developer](https://www.remotewlb.com/apply/x)  \n### Lingoda  \n#### `🌎 remote,Remote`  \n\nLingoda is a language school.';
    expect(readPastedFields(board).location).toBe('Remote');
    expect(readPastedFields(board.replace('remote,Remote', 'New York, New York, United States')).location).toBe('New York, New York, United States');
  });

  it("reads fresh13's pastes: fields labelled in German and Chinese, a German company sentence, a postal address at the end", () => {
    const board = '# Accountant (w/m/d)\n\n## 職位資訊\n\n- **公司**: EMIL Group GmbH\n- **地點**: Berlin\n- **遠端選項**: 否\n\n## 職位描述\n\nAls Accountant übernimmst du die Buchhaltung.';
    expect(readPastedFields(board)).toEqual({ title: 'Accountant (w/m/d)', company: 'EMIL Group GmbH', location: 'Berlin' });
    const page = 'Alle Stellenanzeigen\n\nStellenanzeige: DevOps Engineer (m/w/d)\n\nDie LanguageTooler GmbH ist die Firma hinter languagetool.org.\n\nInteresse? Schreib uns.\n\nLanguageTooler GmbH\nKarl-Liebknecht-Str. 21/22\n14482 Potsdam';
    expect(readPastedFields(page)).toEqual({ title: 'DevOps Engineer (m/w/d)', company: 'LanguageTooler GmbH', location: 'Potsdam' });
    // The address alone names the employer too; a year over a line without a street is no address.
    expect(readPastedFields(page.replace('Die LanguageTooler GmbH ist die Firma hinter languagetool.org.', 'Wir prüfen Texte.')).company).toBe('LanguageTooler GmbH');
    expect(readPastedFields('Automation Engineer\nAcme GmbH\nWe build robots\n2026 Graduates').location).toBeNull();
    // "Firma" or "Poste" starting a sentence, without a colon, label nothing.
    expect(readPastedFields('Data Analyst\n\nFirma sucht Verstärkung für das Team.').company).toBeNull();
  });

  it("reads fresh15's pastes: the job a German, French or Portuguese sentence hires for, titles in those languages, a board's tag line", () => {
    expect(readPastedFields('Wir suchen per 1. Dezember 2023 oder nach Vereinbarung eine:n\n\nBuchhalter:in (40-50%)\n\nIhre Aufgaben\n- Buchhaltung').title).toBe('Buchhalter:in');
    expect(readPastedFields('Offre\n\nNous recherchons un(e) Technicien de Maintenance pour notre site.').title).toBe('Technicien de Maintenance');
    expect(
      readPastedFields('[DESAFIO AFYA][PESSOA DESENVOLVEDORA FRONT-END][REMOTO]\n\nMaior Grupo de Educação Médica do país está contratando Pessoa Desenvolvedora Front-End Pleno para trabalho 100% remoto!').title,
    ).toBe('Pessoa Desenvolvedora Front-End Pleno');
    // A German compound title, and its feminine form, name a job as the English words do.
    expect(readPastedFields('Softwareentwicklerin (m/w/d)\nAcme GmbH\n\nDeine Aufgaben').title).toBe('Softwareentwicklerin (m/w/d)');
    // The place under its label in the posting's language, or in italics under the title.
    expect(readPastedFields('一時預かり託児スタッフ\n\n勤務地\n松戸市松戸新田30番地 松戸南部市場').location).toBe('松戸市松戸新田30番地 松戸南部市場');
    expect(readPastedFields('# Lead Designer\n\n_Remote, or San Francisco_\n\n## About the company').location).toBe('Remote, or San Francisco');
    expect(readPastedFields('# Open Source Engineer\n\n_Remote, or San Francisco. This role is available either full-time or contract._').location).toBe('Remote, or San Francisco');
    expect(readPastedFields('# Senior Site Reliability Engineer\n\n### This position is full time and located in either Berlin, Toronto, Berkeley, or San Francisco.').location).toBe('Berlin, Toronto, Berkeley');
    // "The Office Manager has 3+ years…" is the person the job is for, not the employer.
    expect(readPastedFields('# Part-Time Office Manager\n\nThe Office Manager has 3+ years of experience in a similar role.').company).toBeNull();
    // snake_case and a list's bullets are not italics.
    expect(readPastedFields('Data Engineer\n\n* Python and my_table_name\n* SQL').title).toBe('Data Engineer');
    // The verb without a job after it gives no title: "Wir suchen Verstärkung" hires nobody named.
    expect(readPastedFields('Willkommen\n\nWir suchen Verstärkung für unser Team.').title).toBeNull();
  });

  it("keeps what an outside review of fresh15's readings found: a site menu's 'Company', names that are surnames or start with a contract word, an employer named 'The …'", () => {
    expect(readPastedFields('Senior Backend Engineer at Acme\n\nWe build.\n\nProduct\nCompany\nAbout us\nCareers').company).toBe('Acme');
    expect(readPastedFields('Koch Industries\nSenior Data Engineer\nWichita, KS').title).toBe('Senior Data Engineer');
    expect(readPastedFields('Registered Nurse | Interim HealthCare | Boston, MA\n\nCare.')).toEqual({ title: 'Registered Nurse', company: 'Interim HealthCare', location: 'Boston, MA' });
    expect(readPastedFields('Data Analyst\n\nThe Economist is an equal opportunity employer.').company).toBe('The Economist');
    expect(readPastedFields('Willkommen\n\nWir suchen einen Mitarbeiter für den Vertrieb.').title).toBe('Mitarbeiter');
    expect(readPastedFields('Willkommen\nWir suchen eine Fachkraft für den Bereich Lager\n\nText.').title).toBe('Fachkraft');
    expect(readPastedFields('Offre\n\nNous recherchons un(e) Technicien de Maintenance.').title).toBe('Technicien de Maintenance');
  });

  it('names the employer its addresses are made of, where the text writes that name, and only then', () => {
    const company = (text: string) => readPastedFields(text).company;
    expect(company('Mitarbeiter:in Technischer Dienst\n\nDer Technische Dienst des Landenhofs ist zuständig für den Unterhalt.\n\nBewerbung an jobs@landenhof.ch')).toBe('Landenhof');
    expect(company('Architectural Designer\n\nDesign homes for On Point Custom Homes clients.\n\nSend your resume to careers@onpointcustomhomes.com')).toBe('On Point Custom Homes');
    expect(company('Platform Engineer\n\nNorthwind Labs builds tools.\n\nApply now: https://apply.workable.com/northwind-labs/j/9F2A1/')).toBe('Northwind Labs');
    // Other links name tools, investors and the board: not the employer.
    expect(company('Backend Engineer\n\nWe love [React](https://react.dev). Powered by [Greenhouse](https://www.greenhouse.io).')).toBeNull();
    expect(company('Backend Engineer\n\nApply now at https://apply.workable.com/j/9F2A1/')).toBeNull();
    expect(company('Pessoa Desenvolvedora Front-End\n\n[DESAFIO AFYA]\n\nSe inscreva no: https://afya.gupy.io/jobs/1210068')).toBe('AFYA');
    expect(company('Analista\n\nA Acme Foods cresce. Envie seu CV para vagas@acmefoods.com.br')).toBe('Acme Foods');
    // A domain the text never writes as a name, one written only in small letters, a mail
    // provider's and a city's portal name nobody.
    expect(company('Bookkeeper\n\nSend your resume to jobs@iwantrest.com')).toBeNull();
    expect(company('SDK Lead\n\nwrite hello@inlang.com to apply; the inlang ecosystem grows.')).toBeNull();
    expect(company('Cook\n\nGmail users welcome. Apply: chef.jobs@gmail.com')).toBeNull();
    expect(company('General Counsel\n\nNYC residents preferred. Write to jobs@nyc.gov')).toBeNull();
  });

  it("reads fresh16's pastes: a job page's title, employer and town on lines of their own, and not a place, a département or a heading as the employer", () => {
    expect(readPastedFields('Anlagenmechaniker (m/w/d)\nHellweg-Sole-Thermen\nErwitte\n\nDu hast keine zwei linke Hände und interessierst dich für Technik?')).toEqual({
      title: 'Anlagenmechaniker (m/w/d)',
      company: 'Hellweg-Sole-Thermen',
      location: 'Erwitte',
    });
    expect(readPastedFields('Controller Socialförvaltningen\nPerstorps kommun\n\nVi söker dig som vill vara en del av vår resa mot en bättre vardag.\n\nPerstorps kommun ligger i hjärtat av norra Skåne.').company).toBe('Perstorps kommun');
    expect(readPastedFields('Residential Electrician\nOrange County, CA – Los Angeles, CA\n\nAbout Acme Electric, Inc.\n\nA family owned business.').company).toBe('Acme Electric, Inc.');
    expect(readPastedFields('Diseñador/a gráfico junior\n\n## PERFIL ACADÉMICO\n\n**Carrera:** Diseño gráfico, comunicación gráfica o afín.').company).toBeNull();
    // A list of short lines is no header: "Product / Company / Careers" under a title.
    expect(readPastedFields('Data Engineer\nProduct\nCareers\nBlog').company).toBeNull();
    // Invisible joiners an editor left inside words hide nothing: "Anlagen\uFEFFmechaniker".
    // An emoji's zero-width joiner is part of it and stays.
    expect(withoutControlCharacters('👩\u200D💻 H\uFEFFíbrida\u2060')).toBe('👩\u200D💻 Híbrida');
    expect(readPastedFields('Anlagen\uFEFFmechaniker (m/w/d)\nHellweg-Sole-Thermen\nErwitte\n\nDu hast keine zwei linke Hände und interessierst dich für Technik?').title).toBe('Anlagenmechaniker (m/w/d)');
    // The title a sentence names: after adjectives joined by "and", at the end of its line, or as the subject of the duties.
    expect(readPastedFields('# Job Description\n\nNumFOCUS is seeking an experienced and strategic Executive Director to lead the organization.').title).toBe('Executive Director');
    expect(readPastedFields('About the job\n\nWe are looking for an AI Software Developer \n\nTotal Target Compensation').title).toBe('AI Software Developer');
    expect(readPastedFields('Description\n\nThe Kroger Senior Sales Insights Manager will be responsible for identifying business needs.').title).toBe('Kroger Senior Sales Insights Manager');
    expect(readPastedFields('Description\n\nThe Team will be responsible for great things.').title).toBeNull();
    // What an outside review found: the people who hire are no title, nor a title with 'Hiring' in it a sentence.
    expect(readPastedFields('Intro\n\nWe build things.\nThe Recruiter will contact you within a week.').title).toBeNull();
    expect(readPastedFields('Hiring Coordinator\n\nAcme builds.').title).toBe('Hiring Coordinator');
    expect(readPastedFields('Pflegefachkraft (m/w/d)\nTeilzeit\nHamburg\n\nWir suchen Verstärkung für unser Team in der ambulanten Pflege.').company).toBeNull();
    expect(readPastedFields('Data Analyst\nMünchen\nBayern\n\nWir suchen dich für unser Team, das Daten liebt und teilt.').company).toBeNull();
    expect(readPastedFields('Software Engineer\nLondon\n\nJoin us at our London office and build great things with us.').company).toBeNull();
    expect(readPastedFields('Senior Engineer\nQuick Apply\nAcme Corp\n\nWe build rockets and other things for everyone.').company).toBe('Acme Corp');
  });

  it("reads fresh14's pastes: a title with the genders it is open to, a name over its date or its genders, a team joined as a role, a company described between commas", () => {
    expect(readPastedFields('Technicien / Technicienne de maintenance en équipements industriels (H/F)\n71 - AUTUN\n\nNous recherchons pour notre site un technicien.')).toMatchObject({
      title: 'Technicien / Technicienne de maintenance en équipements industriels (H/F)',
      location: '71 - AUTUN',
    });
    // France Travail names the employer at the foot, under a label alone on its line.
    expect(readPastedFields('Technicien de maintenance (H/F)\n71 - AUTUN\n\nNous recherchons un technicien.\n\nEntreprise\nDIM FRANCE SAS').company).toBe('DIM FRANCE SAS');
    // A "Company" heading over a paragraph names nobody.
    expect(readPastedFields('Data Analyst at a startup\n\nCompany\nWe are a fast-growing fintech in Berlin.').company).toBeNull();
    expect(readPastedFields('BUCHHALTER\n(M/W/D | Vollzeit oder Teilzeit)\n\nUnser Klientenstock umfasst Einzelunternehmen.').title).toBe('BUCHHALTER');
    expect(readPastedFields('Fundraiser\n\nPublished on: Oct, 31 2024\n\nEuromaidan Press, an independent English-language online publication about Ukraine, is searching for a fundraising manager.')).toEqual({
      title: 'Fundraiser',
      company: 'Euromaidan Press',
      location: null,
    });
    expect(readPastedFields('Trolley is the payouts platform for the internet economy.\n\nTrolley is seeking a self-driven individual to join our team as an Analytics Engineer. Reporting to the VP of Product, this role manages the pipeline.').title).toBe('Analytics Engineer');
    // Not any short first line over a date: a company, the page's chrome or a page's name is no title.
    expect(readPastedFields('Stripe\nPosted on: Oct 3, 2024\n\nWe are looking for a Backend Engineer to join us.').title).toBe('Backend Engineer');
    expect(readPastedFields('Careers\nDate: 2024-10-31\n\nWe build things.').title).toBeNull();
    expect(readPastedFields('Apply now\nPosted on: 2024-10-31\n\nWe build things.').title).toBeNull();
    expect(readPastedFields('Acme is hiring.\n\nWe are looking for a Sr. Software Engineer to join our team.').title).toBe('Sr. Software Engineer');
  });

  it('finds the employer as a legal name that is a clause\'s subject or set off by commas, in a "We\'re X," company line, or in French', () => {
    const company = (text: string) => readPastedFields(`Payroll Specialist\n\n${text}`).company;
    expect(company('Duties below.\n\nThis description reflects the job, Just People Inc. reserves the right to modify it.')).toBe('Just People Inc.');
    expect(company('Operating since 1988, T&H Heating and Air Conditioning Inc. is an established HVAC company.')).toBe('T&H Heating and Air Conditioning Inc.');
    expect(company('(Posted July 31, 2018)\n\nThe Tor Project, Inc., a 501(c)(3) nonprofit organization advancing human rights, seeks a bookkeeper.')).toBe('The Tor Project');
    expect(company("Company: We're Premsys, a bootstrapped early-stage startup that builds AI.")).toBe('Premsys');
    expect(company("Nous améliorons l'expérience des employés au sein de Lesaffre depuis 2022.")).toBe('Lesaffre');
    // A lower-case word after "au sein de" names a team, not the employer.
    expect(company("Vous travaillerez au sein de l'équipe finance.")).toBeNull();
  });

  it('takes no contract for a title, no sentence for a company, no client for the employer and no duration for a place', () => {
    expect(readPastedFields('Ingénieur logiciel (H/F)\nPoste : CDI, temps plein\n\nNous recherchons un ingénieur.').title).toBe('Ingénieur logiciel (H/F)');
    expect(readPastedFields('Backend Engineer\nUnternehmen: Wir sind ein Start-up aus Berlin\n\nDu baust APIs.').company).toBeNull();
    expect(readPastedFields('Logistics Coordinator\nCargo: 2 tons max lift\n\nLoad trucks.').title).toBe('Logistics Coordinator');
    const far = ['Sachbearbeiter (m/w/d)', '', ...Array.from({ length: 20 }, (_, i) => `- Aufgabe ${i}`), 'Die Post AG ist ein Kunde von uns.'].join('\n');
    expect(readPastedFields(far).company).toBeNull();
    expect(readPastedFields('Technicien (H/F)\n12 - MOIS DE CONTRAT\n\nMaintenance.').location).toBeNull();
  });

  it('gives up when the company cannot be told', () => {
    expect(readPastedText('We are hiring!\nGreat benefits and a fun team.')).toBeNull();
  });
});
