import { describe, expect, it } from 'vitest';
import { analyzePosting, type PostingText } from '../../src/domain/analysis/analyzePosting.js';
import { salaryFromText } from '../../src/domain/analysis/salaryText.js';
import { splitSections } from '../../src/domain/analysis/sections.js';
import { seniorityOf, yearsAsked } from '../../src/domain/analysis/seniority.js';
import { Taxonomy } from '../../src/domain/analysis/taxonomy.js';
import { workModeFrom } from '../../src/integrations/ats/workMode.js';

describe('seniority', () => {
  it.each([
    ['Software Engineering Intern', '', 'intern'],
    ['Junior Developer', '', 'junior'],
    ['Sr. Backend Engineer', '', 'senior'],
    ['Staff Engineer', '', 'lead'],
    ['Head of Data', '', 'manager'],
    ['Backend Engineer', 'You have 5+ years of experience.', 'senior'],
    ['Backend Engineer', 'You have 2-3 years of experience.', 'mid'],
    ['Backend Engineer', 'No experience required.', null],
  ])('%s / %s → %s', (title, text, expected) => {
    expect(seniorityOf(title, text)).toBe(expected);
  });

  it('reads the most years asked', () => {
    expect(yearsAsked('3+ years of Go, 5 years of Kubernetes')).toBe(5);
    expect(yearsAsked('founded 120 years ago')).toBeNull();
  });
});

describe('salary in text', () => {
  it.each([
    ['Salary: $120,000 - $150,000 per year', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['Compensation €85k–105k', { min: 85000, max: 105000, currency: 'EUR', period: 'year' }],
    ['Pay: £45/hour', { min: 93600, max: 93600, currency: 'GBP', period: 'hour' }],
    ['Quality Assurance Auditor £14.31 p/h | 4 on 4 off shift pattern', { min: 29765, max: 29765, currency: 'GBP', period: 'hour' }],
    ['Salary 85.000 - 105.000 EUR', { min: 85000, max: 105000, currency: 'EUR', period: 'year' }],
    ['Monthly salary USD 9,000 - 10,000 per month', { min: 108000, max: 120000, currency: 'USD', period: 'month' }],
    ['The base salary range is between $170,000 and $230,000.', { min: 170000, max: 230000, currency: 'USD', period: 'year' }],
    ['Pay range: $147000/YR - $237500/YR', { min: 147000, max: 237500, currency: 'USD', period: 'year' }],
    ['Hourly rate: $30/hour – $75/hour', { min: 62400, max: 156000, currency: 'USD', period: 'hour' }],
    ['Salary: €55–70k', { min: 55000, max: 70000, currency: 'EUR', period: 'year' }],
    ['Salary up to £80k', { min: null, max: 80000, currency: 'GBP', period: 'year' }],
    ['Acme | Senior Engineer | Remote (US) | $150k-$200k + equity', { min: 150000, max: 200000, currency: 'USD', period: 'year' }],
    ['We provide $5,000 per year for fertility benefits.', null],
    // A weekly figure is pay as a yearly one is (fresh8's LingoLooper); a weekly allowance, stipend or per diem is not.
    ['Starts ~30h/week ($750/week + performance bonuses), designed to convert to full-time.', { min: 39000, max: 39000, currency: 'USD', period: 'week' }],
    ['A $50/week meal allowance for everyone in the office.', null],
    ['Weekly housing stipend: $1,400/week (tax-free)', null],
    // The amounts on the line under the sentence that says they are pay (fresh11's Sony posting).
    ['The estimated base pay range for this role is listed below, this is an hourly rate.\n$36—$48 USD', { min: 74880, max: 99840, currency: 'USD', period: 'hour' }],
    ['Our benefits include a learning budget.\n$1,000 - $2,000', null],
    // A board's tilde between the ends (fresh10's Precision Medicine Group).
    ['💰 USD $93,000~$125,800', { min: 93000, max: 125800, currency: 'USD', period: 'year' }],
    ['Travel RN - ICU. 13 weeks, 36 hours per week. Tax-free per diem $1,250 per week.', null],
    ['Our team ships 50k lines per week.', null],
    ['We raised $50M in Series B funding and serve 3,000 customers.', null],
    ['Risiq GmbH | Backend Engineer | Hybrid Mannheim (onsite 1x/month) | €55k–€85k | Full-time', { min: 55000, max: 85000, currency: 'EUR', period: 'year' }],
    ['We offer 2-3 days at home and a 401k', null],
    // A range on a line of its own under the title, said to be a year's pay.
    ['IEN - Registered Nurse\nAustin, TX\n$75,000 - $84,000 a year\nFull-time', { min: 75000, max: 84000, currency: 'USD', period: 'year' }],
    // Pay bands: the posting pays across all of them; another currency's band is not mixed in.
    ['Pay range:\nLevel 1: $85,000.00 - $115,000.00\nLevel 2: $100,000.00 - $140,000.00', { min: 85000, max: 140000, currency: 'USD', period: 'year' }],
    ['A competitive compensation package (£90,034 - £109,763 base + equity for SE4 | £71,774 - £90,035 base + equity for SE3)', { min: 71774, max: 109763, currency: 'GBP', period: 'year' }],
    ['Salary: $150,000 - $180,000 in the US; €90,000 - €110,000 in Germany', { min: 150000, max: 180000, currency: 'USD', period: 'year' }],
    ['📍London or Remote (UK) | 💰 £42,500 - £55,000 + incentive awards', { min: 42500, max: 55000, currency: 'GBP', period: 'year' }],
    ['📚 £1,000 learning budget each year', null],
    // Other money beside the base pay is not spanned with it.
    ['Base salary: $80,000 - $100,000. OTE: $160,000 - $200,000.', { min: 80000, max: 100000, currency: 'USD', period: 'year' }],
    ['The base salary range is $150,000 - $180,000. Total compensation including equity is $250,000 - $320,000.', { min: 150000, max: 180000, currency: 'USD', period: 'year' }],
    ['Salary range: $100,000 - $130,000\nAnnual bonus target: $10,000 - $20,000', { min: 100000, max: 130000, currency: 'USD', period: 'year' }],
    ['Salary: $120,000 - $150,000\n\nYou will manage $1,000,000 - $3,000,000 per year in ad spend.', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['You will manage $1,000,000 - $3,000,000 per year in ad spend.', null],
    ['Salary: $95,000\nLevel 2: $100,000 - $140,000', { min: 95000, max: 95000, currency: 'USD', period: 'year' }],
    // Waabi's: an "hourly range", and a code written after a "$" says which dollars.
    ['The Canada hourly range for this role is: $60-$65 CAD in addition to competitive perks & benefits.', { min: 124800, max: 135200, currency: 'CAD', period: 'hour' }],
    // fresh14's: an Austrian firm's minimum under its "Gehalt" heading, and a base with its ceiling after it.
    ['## Gehalt\n\nFür die ausgeschriebene Position gilt ein KV-Mindestgrundgehalt von monatlich € 1.858,20 brutto.', { min: 22298, max: 22298, currency: 'EUR', period: 'month' }],
    ['Rémunération : 2 000 € par mois', { min: 24000, max: 24000, currency: 'EUR', period: 'month' }],
    ['Salary Range & Benefits: $9.00 per hour (base), up to $10.00', { min: 18720, max: 20800, currency: 'USD', period: 'hour' }],
    ['Lohnbuchhaltung für 1.200 Mandanten', null],
    // What an outside review found: hours and bonuses after "up to" are no ceiling; a decimal comma is cents.
    ['Pay: $18/hour, up to 29 hours per week', { min: 37440, max: 37440, currency: 'USD', period: 'hour' }],
    ['Pay: $20/hour, up to $5,000 annual bonus', { min: 41600, max: 41600, currency: 'USD', period: 'hour' }],
    ['Salaire : 11,88 € brut par heure', { min: 24710, max: 24710, currency: 'EUR', period: 'hour' }],
    ['Vergütung: 14,50 € pro Stunde', { min: 30160, max: 30160, currency: 'EUR', period: 'hour' }],
    ['Salary: ₹12,00,000 - ₹18,00,000 per annum', { min: 1200000, max: 1800000, currency: 'INR', period: 'year' }],
    ['Pay: €45.000,00 - €55.000,00 brutto jährlich', { min: 45000, max: 55000, currency: 'EUR', period: 'year' }],
    // fresh15's France Travail records: the currency written out, the ends joined in French, the period a word.
    ['Salaire : Mensuel de 2250,00 Euros à 2750,00 Euros sur 12 mois', { min: 27000, max: 33000, currency: 'EUR', period: 'month' }],
    ['Salaire : Annuel de 20148,00 Euros à 25000,00 Euros sur 12 mois', { min: 20148, max: 25000, currency: 'EUR', period: 'year' }],
    ['Salaire : Horaire de 11,88 Euros sur 151,67 heures', { min: 24710, max: 24710, currency: 'EUR', period: 'hour' }],
    ['Gehalt: 4.000 bis 5.000 Euro brutto im Monat', { min: 48000, max: 60000, currency: 'EUR', period: 'month' }],
    ['Salário: R$ 5.000 a R$ 6.000 por mês', { min: 60000, max: 72000, currency: 'BRL', period: 'month' }],
    // A joining word between numbers that are no money joins nothing.
    ['Experiência de 2 a 3 anos e 40 horas semanais', null],
    ['Pay: $20 a 40-hour week', { min: 41600, max: 41600, currency: 'USD', period: 'hour' }],
    // fresh16's: pay by the month where that is the custom, pesos written out, the base among other money.
    ['· Salário: A partir de R$ 4.000,00', { min: 48000, max: 48000, currency: 'BRL', period: 'month' }],
    ['Salary: R$ 150.000', { min: 150000, max: 150000, currency: 'BRL', period: 'year' }],
    ['Salario de 25,000 a 30,000 pesos mexicanos según aptitudes.', { min: 300000, max: 360000, currency: 'MXN', period: 'month' }],
    ['CAD $119,000 - $246,000, including a base salary of $100,000 - $160,000, an employee equity plan grant.', { min: 100000, max: 160000, currency: 'CAD', period: 'year' }],
    // What an outside review found: two dollar currencies, bands after "base pay", a peso cut-off.
    ['Salary: USD $150,000 - $180,000 (US) / CAD $170,000 - $200,000 (Canada)', { min: 150000, max: 180000, currency: 'USD', period: 'year' }],
    ['Base pay range: $100,000 - $120,000 (Tier 2) / $120,000 - $140,000 (Tier 1)', { min: 100000, max: 140000, currency: 'USD', period: 'year' }],
    ['Salario: $120,000 - $150,000 MXN', { min: 1440000, max: 1800000, currency: 'MXN', period: 'month' }],
    ['Salário: R$ 80.000', { min: 80000, max: 80000, currency: 'BRL', period: 'year' }],
  ])('%s', (text, expected) => {
    expect(salaryFromText(text)).toEqual(expected);
  });
});

describe('sections', () => {
  it('splits by the posting’s own headings and catches "is a plus" lines', () => {
    const sections = splitSections('About us\nWe build things.\n\nRequirements:\n- Go\n\nNice to have\n- Rust\n\nResponsibilities\nShip it. Kafka is a plus.');
    expect(sections.map((section) => [section.kind, section.text.trim()])).toEqual([
      ['context', 'We build things.'],
      ['required', '- Go'],
      ['nice', '- Rust'],
      ['nice', 'Ship it. Kafka is a plus.'],
    ]);
  });

  it('still finds headings in single-spaced text: a requirements heading, perks, the company', () => {
    const sections = splitSections('Responsibilities\n- Build APIs in Go\nMinimum Qualifications\n- Python\nPerks\n- Free Tableau licence\nAbout Acme\n- We run on Figma');
    expect(sections.map((section) => [section.kind, section.text.trim()])).toEqual([
      ['other', '- Build APIs in Go'],
      ['required', '- Python'],
      ['context', '- Free Tableau licence'],
      ['context', '- We run on Figma'],
    ]);
  });

  it('knows the usual headings in German, French and Spanish: what is asked, what is offered', () => {
    // fresh13's EMIL Group posting: "moderne Hardware, ob Windows oder iOS" is a perk, not a skill.
    const sections = splitSections('Deine Aufgaben\n- Buchhaltung\n\nWAS DU MITBRINGST\n- DATEV\n\nWAS WIR BIETEN\n- Hardware, ob Windows oder iOS\n\nProfil souhaité\n- Excel\n\nRequisitos deseables\n- SAP\n\nQué ofrecemos\n- Tableau');
    // A heading not made of English heading words stays in its part's text, as "Core Technical Skills" would.
    expect(sections.map((section) => [section.kind, section.text.trim().split('\n').at(-1)])).toEqual([
      ['other', '- Buchhaltung'],
      ['required', '- DATEV'],
      ['context', '- Hardware, ob Windows oder iOS'],
      ['required', '- Excel'],
      ['nice', '- SAP'],
      ['context', '- Tableau'],
    ]);
  });

  it("leaves out a benefits part headed 'How GitLab supports…', the recruiting privacy policy and the recruiters who answer questions", () => {
    const sections = splitSections(
      "Requirements\n- Python\n\nHow GitLab Supports Full-Time Employees\n- A learning budget for Coursera\n\nThe process\nBy applying you agree to Notion's Global Recruiting Privacy Policy.\nOur Talent Acquisition team can help answer any questions about location.",
    );
    expect(sections.map((section) => [section.kind, section.text.trim()])).toEqual([
      ['required', '- Python'],
      ['context', '- A learning budget for Coursera'],
    ]);
  });

  it("keeps a part about the job whose heading says how you'll support the team, a privacy counsel's duties and a French wish", () => {
    const sections = splitSections(
      "How you'll support the team\n- Build data pipelines in Python\n\nResponsibilities\n- Draft privacy notices and maintain the privacy policy\n- Vous souhaitez travailler avec SQL",
    );
    expect(sections.map((section) => section.kind)).toEqual(['other', 'other']);
    expect(sections.map((section) => section.text).join('')).toContain('privacy policy');
    expect(sections.map((section) => section.text).join('')).toContain('Vous souhaitez travailler avec SQL');
  });

  it('keeps list lines pasted without bullets: "Figma mockups" or "Database experience (SQL and NoSQL)" are items, not headings', () => {
    // Real postings: a bulleted list copied as bare lines, and requirement lines that say "experience".
    const sections = splitSections(
      'Responsibilities\n\nCreate style guides\nFigma mockups\nVideo post-processing\n\nCore Technical Skills:\n5+ years of software development experience\nDatabase experience (SQL and NoSQL)\n\nNice to have\nTerraform experience\nSolutions architecture experience',
    );
    expect(sections.map((section) => [section.kind, section.text.trim()])).toEqual([
      ['other', 'Create style guides\nFigma mockups\nVideo post-processing'],
      ['required', '5+ years of software development experience\nDatabase experience (SQL and NoSQL)'],
      ['nice', 'Terraform experience\nSolutions architecture experience'],
    ]);
  });
});

describe('analysis', () => {
  const taxonomy = Taxonomy.load();
  /** A posting with nothing structured: no place, mode or pay unless the test gives them. */
  const analyse = (posting: Partial<PostingText> & { title: string; description: string }) =>
    analyzePosting(taxonomy, { location: null, workMode: null, salaryMin: null, salaryMax: null, salaryCurrency: null, ...posting });

  it('keeps structured salary and work mode, and fills what is missing from the text', () => {
    const analysis = analyse({
      title: 'Senior Platform Engineer',
      description: 'We are a remote-first team.\n\nRequirements\n- Kubernetes\n- 7 years of experience\n\nSalary: $150k - $180k',
    });
    expect(analysis).toEqual({
      skills: [{ name: 'Kubernetes', category: 'devops', required: true }],
      seniority: 'senior',
      workMode: 'remote',
      workModeDetail: null,
      yearsExperience: 7,
      salaryMin: 150000,
      salaryMax: 180000,
      salaryCurrency: 'USD',
      salaryPeriod: 'year',
      analyzer: 'heuristic',
    });
  });

  it('takes a soft skill as required only under a requirements heading; a tool anywhere outside "nice to have"', () => {
    const analysis = analyse({
      title: 'Backend Engineer',
      description: 'In close collaboration with product, you will mentor two juniors, shipping Go services.\n\nRequirements\n- Strong communication skills\n- PostgreSQL',
    });
    const required = Object.fromEntries(analysis.skills.map((skill) => [skill.name, skill.required]));
    expect(required).toEqual({ Collaboration: false, Mentoring: false, Go: true, Communication: true, PostgreSQL: true });
  });

  it("tags the skill a title's occupation is, as a recruiter would, and only from the title", () => {
    const skills = (title: string, description: string) => analyse({ title, description }).skills.map((skill) => skill.name);
    expect(skills('Office Manager Chicago', 'You will order supplies, greet visitors and keep the calendar.')).toEqual(['Administrative Support']);
    expect(skills('Registered Nurse', 'Work twelve-hour shifts on our cardiac ward.')).toEqual(['Nursing License']);
    expect(skills('Infirmier / Infirmière en Hémodialyse H/F', 'Poste de jour, en équipe de six.')).toEqual(['Hemodialysis', 'Nursing']);
    expect(skills('Account Executive, EMEA', 'Close new business with advertisers.')).toEqual(['B2B Sales']);
    // A word that only qualifies the job after it is no occupation (an outside review's cases).
    expect(skills('Nurse Recruiter', 'Hire nurses for our clinics.')).toEqual(['Recruiting']);
    expect(skills('Cook County Analyst', 'Report on the county budget.')).toEqual([]);
    expect(skills('Account Executive Assistant', 'Support our account executives.')).toEqual(['Executive Support']);
    expect(skills('Chief Information Security Officer', 'Lead our security programme.')).not.toContain('Security Guard');
    // The longer title wins: a veterinary nurse's work is not a hospital nurse's.
    expect(skills('Lead Veterinary Nurse', 'Look after the animals in our clinic.')).toEqual(['Veterinary Nursing']);
    // An engineer's title names no skill: the posting's stack is what people tag.
    expect(skills('Senior Backend Engineer', 'You will build services in Go.')).toEqual(['Go']);
    // The occupation named in the text is someone else: "report to our office manager".
    expect(skills('Warehouse Associate', 'You report to our office manager and use a forklift.')).toEqual(['Forklift Operation', 'Warehouse Operations']);
  });

  it('takes no skill from what the company says of itself or from the application small print', () => {
    const analysis = analyse({
      title: 'Support Engineer',
      company: 'Zero Networks',
      description:
        'Zero Networks, a network security solutions provider, is growing fast. We are a Kubernetes company. Our customers run Salesforce.\nYou will write PowerShell scripts.\nBeware of recruiting scams: we never ask for your social security number.',
    });
    expect(analysis.skills.map((skill) => skill.name)).toEqual(['PowerShell']);
    const own = analyse({ title: 'Data Scientist', company: 'Amplitude', description: 'Requirements\n- Help customers get value from Amplitude\n- SQL' });
    expect(own.skills.map((skill) => skill.name)).toEqual(['SQL']);
  });

  it('reads no salary from a 401k, and office time given as a share', () => {
    expect(salaryFromText('Competitive salary and benefits (medical, dental, 401k with match)')).toBeNull();
    const base = { title: 'Partner Manager', location: 'San Francisco, CA' };
    const share = analyse({ ...base, workMode: 'onsite', description: 'Currently, we expect all staff to be in one of our offices at least 25% of the time.' });
    expect([share.workMode, share.workModeDetail]).toEqual(['hybrid', 'in the office 25% of the time; its listing says onsite']);
    // A perk says nothing of where the work is: the town alone leaves it presumed.
    const perk = analyse({ ...base, description: 'Benefits: onsite medical center, gym.' });
    expect([perk.workMode, perk.workModeDetail]).toEqual(['onsite', 'presumed']);
    expect(analyse({ ...base, location: null, description: 'Benefits: onsite medical center, gym.' }).workMode).toBeNull();
    const header = analyse({ ...base, location: null, description: 'Ringtail Labs | Sr Electrical Engineer | Contract/Remote (US) | $125 - $200/hr' });
    expect(header.workMode).toBe('remote');
    const hybrid = analyse({ ...base, location: 'Mannheim (onsite 1x/month)', description: 'Risiq GmbH | Backend Engineer | Hybrid Mannheim, Germany (onsite 1x/month) | €55k–€85k' });
    expect(hybrid.workMode).toBe('hybrid');
  });

  it('keeps what an outside review found wrong out: retirement-plan amounts, travel shares, the team\'s own stack, other words for remote', () => {
    expect(salaryFromText('Benefits: 401(k) with 100% match up to $8,000 per annum.')).toBeNull();
    const base = { title: 'Engineer', company: 'Acme' };
    const stack = analyse({ ...base, description: 'We build with TypeScript, React and Kafka. Our platform runs on Kubernetes and AWS. Acme builds data pipelines in Spark.' });
    expect(stack.skills.map((skill) => skill.name)).toEqual(['TypeScript', 'React', 'Kafka', 'Kubernetes', 'AWS', 'Data Pipelines', 'Spark']);
    const travel = analyse({ ...base, workMode: 'remote', description: 'Remote role. Up to 10% on-site travel.' });
    expect([travel.workMode, travel.workModeDetail]).toEqual(['remote', null]);
    const environments = analyse({ ...base, description: 'You keep local/remote development environments in sync.' });
    expect(environments.workMode).toBeNull();
    const regressions = analyse({ ...base, description: 'Prevent performance regressions.' });
    expect(regressions.skills.map((skill) => skill.name)).not.toContain('Statistics');
  });

  it('reads how hybrid a posting is, and keeps office days over a listing flag, saying which said what', () => {
    const base = { title: 'Analyst', location: 'London' };
    const hybrid = analyse({ ...base, workMode: 'onsite', description: 'You will be in the office 3 days a week.' });
    expect([hybrid.workMode, hybrid.workModeDetail]).toEqual(['hybrid', '3 days a week in the office; its listing says onsite']);
    const cloud = analyse({ ...base, workMode: 'remote', description: 'Experience with hybrid cloud deployments.' });
    expect([cloud.workMode, cloud.workModeDetail]).toEqual(['remote', null]);
    const silent = analyse({ ...base, description: 'Build reports.' });
    expect(silent.workMode).toBeNull();
    const times = analyse({ ...base, workMode: 'onsite', description: 'Flexibility to work from home. We ask that you come in 2-3 times per week.' });
    expect([times.workMode, times.workModeDetail]).toEqual(['hybrid', '2–3 days a week in the office; its listing says onsite']);
    const either = analyse({ ...base, location: null, description: 'Music Co | UI/UX Designer | Onsite (New York) or Remote | US time zones' });
    expect(either.workMode).toBe('remote');
    const labelled = analyse({ ...base, presumedWorkMode: 'onsite', description: 'Location: Hybrid, London office presence required' });
    expect(labelled.workMode).toBe('hybrid');
    const tagged = analyse({ ...base, presumedWorkMode: 'onsite', description: 'Apply below!\n\n#LI-Hybrid' });
    expect(tagged.workMode).toBe('hybrid');
    const office = analyse({ ...base, description: 'You will be required to work full-time in our beautiful office in downtown Athens, Greece.' });
    expect(office.workMode).toBe('onsite');
    const benefits = analyse({ ...base, description: 'General Benefits · Health Insurance · Permanently Remote · Dental' });
    expect(benefits.workMode).toBe('remote');
  });

  it('reads work mode in the words of French, German, Spanish and Finnish postings', () => {
    const mode = (description: string) => analyse({ title: 'Développeur', description }).workMode;
    // fresh10's Vaduo and WSP postings.
    expect(mode('Avantages\n- Des titres restaurants\n- Du télétravail')).toBe('hybrid');
    expect(mode('Télétravail fréquent')).toBe('hybrid');
    expect(mode('Flexible Arbeitszeiten unterstützen Ihre Work-Life-Balance – im Büro oder remote.')).toBe('hybrid');
    expect(mode('Möglichkeit zum mobilen Arbeiten und Homeoffice')).toBe('hybrid');
    expect(mode('Modalidad híbrida en Madrid')).toBe('hybrid');
    expect(mode('Poste en 100% télétravail')).toBe('remote');
    expect(mode('Trabajo 100% remoto desde cualquier lugar de España')).toBe('remote');
    expect(mode('Pas de télétravail possible sur ce poste.')).toBe('onsite');
    expect(mode('Kein Homeoffice möglich.')).toBe('onsite');
    // fresh12's Finnish state job board: its "Etätyö" (remote work) field, and benefits.
    expect(mode('Etätyö: Osittainen etätyömahdollisuus')).toBe('hybrid');
    expect(mode('Tarjoamme joustavan hybridityön mallin sekä liukuvan työajan.')).toBe('hybrid');
    expect(mode('Etätyö: Kokonaan etänä')).toBe('remote');
    expect(mode('Etätyö: Ei etätyömahdollisuutta')).toBe('onsite');
    expect(mode('Etätyö: Ei')).toBe('onsite');
    expect(mode('Vi erbjuder hybridarbete och flexibla arbetstider.')).toBe('hybrid');
    // fresh13's LanguageTool page, and Ally's "on hybrid bases".
    expect(mode('Du arbeitest im Büro (in der Nähe der S-Bahn Babelsberg) oder von zu Hause, mit regelmäßigen Besuchen im Büro')).toBe('hybrid');
    expect(mode('This role reports to the office on hybrid bases, three times a week.')).toBe('hybrid');
    expect(mode('Wir arbeiten von zu Hause aus an unserer Mission.')).toBeNull();
    // "on hybrid bases" is a way of working; "on hybrid cloud" or "hybrid vehicles" are not.
    expect(mode('This is a fully remote role. You will focus on hybrid cloud architectures.')).toBe('remote');
    expect(mode('Our lab does research on hybrid vehicles.')).toBeNull();
    // A hands-on title is work done in person when nothing is said: the cook, the truck driver,
    // "Lead Veterinary Nurse / Technician"; not the "Nurse Recruiter", nor a cook told to work from home.
    const presumedMode = (title: string, description = 'Join our team.') => {
      const analysis = analyse({ title, description });
      return [analysis.workMode, analysis.workModeDetail];
    };
    expect(presumedMode('Line Cook')).toEqual(['onsite', 'presumed']);
    expect(presumedMode('Over-the-Road Truck Driver')).toEqual(['onsite', 'presumed']);
    expect(presumedMode('Lead Veterinary Nurse / Technician')).toEqual(['onsite', 'presumed']);
    expect(presumedMode('Nurse Recruiter')).toEqual([null, null]);
    expect(presumedMode('Data Analyst')).toEqual([null, null]);
    expect(presumedMode('Recipe Developer and Cook', 'This is a fully remote role.')[0]).toBe('remote');
    // France Travail names the département and the town: an office, presumed.
    expect(analyse({ title: 'Technicien (H/F)', description: 'Maintenance des installations.', location: '71 - AUTUN' }).workMode).toBe('onsite');
    expect(analyse({ title: 'Comptable (H/F)', description: 'Saisie des factures.', location: '75 - PARIS 08' }).workMode).toBe('onsite');
    expect(analyse({ title: 'Comptable (H/F)', description: 'Saisie des factures.', location: '12 - MOIS DE CONTRAT' }).workMode).toBeNull();
    // English "home office" is a stipend or a desk.
    expect(mode('We offer a $500 home office stipend.')).toBeNull();
  });

  it("reads what real postings say of work mode: a cloud's hybrid, meetings, a form's No, office days for locals, work from any location", () => {
    const base = { title: 'Engineer', location: 'Singapore' };
    const cloud = analyse({ ...base, description: 'Experience building reusable cloud infrastructure in an AWS-based hybrid environment.' });
    expect(cloud.workMode).toBeNull();
    const meetings = analyse({ ...base, workMode: 'remote', description: 'Ability to accommodate early-morning meetings minimum 4 days a week is a must.' });
    expect([meetings.workMode, meetings.workModeDetail]).toEqual(['remote', null]);
    const officeHours = analyse({ ...base, description: 'Team office hours 2 days a week.' });
    expect(officeHours.workMode).toBeNull();
    const clients = analyse({ ...base, description: 'Willingness to travel across EMEA for in-person client meetings & events.' });
    expect(clients.workMode).toBeNull();
    const form = analyse({ ...base, description: '40 hours per week\n100% Remote Work Availability: No\nHybrid Work Availability: No' });
    expect(form.workMode).toBe('onsite');
    const locals = analyse({ ...base, workMode: 'remote', description: "If working remotely, you are available during US West Coast hours. If you're based in the San Francisco Bay Area, you will be working from our San Francisco office 2 days/week." });
    expect([locals.workMode, locals.workModeDetail]).toEqual(['remote', '2 days a week in the office for those based near one']);
    // What an outside review tried: office days for some are still hybrid where nothing says remote;
    // "hybrid" beside cloud words is hybrid work unless it is "a hybrid environment".
    const germany = analyse({ ...base, description: 'For employees based in Germany, we work from our Berlin office 3 days a week.' });
    expect([germany.workMode, germany.workModeDetail]).toEqual(['hybrid', '3 days a week in the office']);
    const hired = analyse({ ...base, description: 'If hired, within your first month you will join us in the office 3 days a week.' });
    expect(hired.workMode).toBe('hybrid');
    const aws = analyse({ ...base, description: 'This is a hybrid role based in our Berlin office, working on our AWS infrastructure.' });
    expect(aws.workMode).toBe('hybrid');
    for (const description of ['There is no option to work remotely for this position.', 'This is an on-site position. Some training may be done remotely.', 'Must be willing to work in any location within the state.']) {
      expect(analyse({ ...base, location: 'Austin, TX', description }).workMode).toBe('onsite');
    }
    const anywhere = analyse({ ...base, location: null, description: 'We operate without a physical office and you will be able to perform the work in any location that has internet access.' });
    expect(anywhere.workMode).toBe('remote');
    const either = analyse({ ...base, location: 'Seattle, WA', description: 'This is a full-time position, which can be done remotely or in our office in Seattle, WA.' });
    expect(either.workMode).toBe('remote');
    // Still hybrid where the office days are everyone's.
    const everyone = analyse({ ...base, description: 'You will be working from our Singapore office 2 days/week.' });
    expect([everyone.workMode, everyone.workModeDetail]).toEqual(['hybrid', '2 days a week in the office']);
  });

  it('takes a language only where the posting asks to speak it, not where it names a place or an office', () => {
    const names = (description: string, title = 'Account Manager') => analyse({ title, description }).skills.map((skill) => skill.name);
    expect(names('Requirements\n- Fluent German and English (C1)\n- Czech is a plus')).toEqual(expect.arrayContaining(['German', 'English']));
    expect(names('Requirements\n- Fluent German and English (C1)\n- Czech is a plus')).not.toContain('Czech');
    // An account manager's own skill, from the title; no language.
    expect(names('You will join our German office and visit customers in Chennai, Tamil Nadu and Prague, Czech Republic.')).toEqual(['Account Management']);
    expect(names('Languages: Swedish, Finnish')).toEqual(expect.arrayContaining(['Swedish', 'Finnish']));
    expect(names('About the role\nSupport our Nordic customers.\n\nLanguages\nSwedish and Finnish')).toEqual(expect.arrayContaining(['Swedish', 'Finnish']));
    expect(names('Languages\nEnglish (required)\nSpanish would be a plus')).toEqual(expect.arrayContaining(['English', 'Spanish']));
    // A heading about programming or natural language asks for no spoken one.
    expect(names('Programming languages:\nPython, Go\nYou will support our customers in our German and French offices.')).not.toContain('German');
    expect(names('Natural Language Processing\nImprove search for Japanese e-commerce sites.')).not.toContain('Japanese');
    expect(names('Teach small groups online.', 'Spanish Teacher')).toContain('Spanish');
    expect(names('Requirements\n- Fluent English required')).toContain('English');
    expect(names('An entry level role in our German office.')).not.toContain('German');
  });

  it('reads languages and a driving licence asked in the posting’s own language', () => {
    const names = (description: string, title = 'Night Auditor') => analyse({ title, description }).skills.map((skill) => skill.name);
    // A Swiss hotel's requirements (fresh5's Giardino posting).
    const hotel = names('Ihr Profil\n- Ausgezeichnete Sprachkenntnisse in Deutsch und Englisch in Wort und Schrift\n- Führerschein Klasse B');
    expect(hotel).toEqual(expect.arrayContaining(['German', 'English', "Driver's License"]));
    expect(names('Anforderungen\n- Sehr gute Deutschkenntnisse (C1)')).toContain('German');
    // fresh12's Coop and Palkeet postings: German as "beherrschst du", the till, Finnish by its own name.
    expect(names('Anforderungen\n- Deutsch beherrschst du gut, im Gespräch und auf Papier.\n- Einsatz an den Kassen', 'Verkäufer:in')).toEqual(expect.arrayContaining(['German', 'Cash Handling']));
    expect(names('Työssäsi tarvitset sujuvaa suomen kielen kirjallista taitoa.', 'Pääkirjanpitäjä')).toContain('Finnish');
    expect(names('Profil recherché\n- Anglais courant, espagnol apprécié')).toContain('English');
    expect(names('Requisitos\n- Inglés avanzado')).toContain('English');
    expect(names('応募資格\n普通自動車免許（AT限定可）', 'Interior Craftsman')).toContain("Driver's License");
    // The common skills in the words of French, German and Spanish postings (fresh10's Vaduo, WSP, L4M and Lovisa).
    expect(names('Requis\n- Tests unitaires et revue de code\n- Méthodes agiles', 'Développeur Fullstack')).toEqual(expect.arrayContaining(['Software Testing', 'Code Review', 'Agile']));
    expect(names('Ihr Profil\n- Studium der Elektrotechnik\n- Erfahrung in der Projektleitung', 'Elektro-Projektingenieur')).toEqual(expect.arrayContaining(['Electrical Engineering', 'Project Management']));
    expect(names('Profil\n- Goût pour l’événementiel et les réseaux sociaux\n- Encaissement et vente en magasin', 'Stage communication')).toEqual(expect.arrayContaining(['Event Planning', 'Social Media Marketing', 'Cash Handling', 'Retail Sales']));
    expect(names('Requisitos\n- Gestión de proyectos y trabajo en equipo', 'Coordinador')).toEqual(expect.arrayContaining(['Project Management', 'Collaboration']));
    // A French store's and a French clinic's (fresh8's Intermarché and ADH postings).
    expect(names('Missions\n- Accueille le client, assure la relation client\n- Suit le niveau de stock et la gestion des stocks\nProfil\nPermis B indispensable.', 'Employé Fruits et Légumes')).toEqual(expect.arrayContaining(['Customer Support', 'Inventory Control', "Driver's License"]));
    // A country's adjective in the posting's language is no language asked for.
    expect(names('Sobre nosotros\nLíder del mercado español de software.')).not.toContain('Spanish');
    expect(names('Wir sind ein Deutsch-Schweizer Familienbetrieb mit Sitz in Bern.')).not.toContain('German');
  });

  it('knows the search, cloud-security, sourcing and care skills fresh8 asked for, and not a benefit named like one', () => {
    const names = (title: string, description: string) => analyse({ title, description }).skills.map((skill) => skill.name);
    expect(names('Search Engineer', 'Requirements\n- Experience with Lucene/Solr\n- Enterprise Search')).toEqual(expect.arrayContaining(['Apache Lucene', 'Apache Solr', 'Enterprise Search']));
    expect(names('Cloud Security Engineer', 'Requirements\n- Container security on Kubernetes, CIS benchmarks, CASBs\n- CCSP or CCSK a plus')).toEqual(expect.arrayContaining(['Container Security', 'CIS Benchmarks', 'CASB', 'CCSP', 'CCSK']));
    expect(names('Category Manager (Strategic Sourcing)', 'Supplier relationship management and contract management.')).toEqual(expect.arrayContaining(['Strategic Sourcing', 'Supplier Relationship Management']));
    expect(names('Infirmier en Hémodialyse', 'Soins en hémodialyse.')).toContain('Hemodialysis');
    expect(names('Enrollment Nurse', 'You will deliver care through our telemedicine platform.')).toContain('Telehealth');
    expect(names('iOS Engineer', 'Benefits\n- Employee Assistance Program and virtual care through Lumino Health\n\nRequirements\n- Swift')).not.toContain('Telehealth');
    expect(names('Recruiting Coordinator', 'Build the candidate pipeline with creative sourcing strategies.')).not.toContain('Strategic Sourcing');
  });

  it("knows the licences and trade skills of fresh9's care, trucking and salon postings", () => {
    const names = (title: string, description: string) => analyse({ title, description }).skills.map((skill) => skill.name);
    // Supervising RBTs asks a BCBA for no RBT certificate of their own; a behavior technician's posting does.
    expect(names('Board Certified Behavior Analyst (BCBA)', 'Requirements\n- Experience in applied behavior analysis\n- Supervise RBTs')).toEqual(['BCBA', 'Applied Behavior Analysis']);
    expect(names('Behavior Technician', 'Requirements\n- RBT certification within 90 days')).toContain('RBT');
    expect(names('Class A CDL Team Driver – OTR Refrigerated', 'Requirements\n- Class A CDL\n- Reefer experience preferred')).toEqual(expect.arrayContaining(['CDL', 'OTR Driving', 'Refrigerated Transport']));
    expect(names('スタイリスト', '応募資格\n美容師免許\nヘアカットの経験')).toEqual(expect.arrayContaining(['Cosmetology License', 'Haircutting']));
    expect(names('一般事務', '応募資格\nExcelを使用した経験')).toContain('Microsoft Excel');
    // Letters of a cased script still glue a word: "Excelente" names no Excel.
    expect(names('Asistente', 'Requisitos\nExcelente atención al detalle')).not.toContain('Microsoft Excel');
    expect(names('Lead Veterinary Nurse', 'Requirements\n- Veterinary nursing experience and confident animal handling')).toEqual(expect.arrayContaining(['Veterinary Nursing', 'Animal Handling']));
    // And the common trades' words no set had yet: a pharmacy technician's, a driver's, a warehouse's.
    expect(names('Pharmacy Technician', 'Requirements\n- PTCB certified\n- Experience with prior authorizations')).toEqual(expect.arrayContaining(['PTCB Certification', 'Prior Authorization']));
    expect(names('Linehaul Driver', 'Requirements\n- Knowledge of hours of service and ELD\n- Tanker endorsement a plus')).toEqual(expect.arrayContaining(['Hours of Service', 'CDL Endorsements']));
    expect(names('Warehouse Associate', 'Requirements\n- Pallet jack and RF scanner experience')).toEqual(expect.arrayContaining(['Forklift Operation', 'RF Scanning']));
  });

  it("keeps what an outside review of the new words found: other fields' acronyms, skills after 'functions like', Japanese acronyms, nationalities, the team's own stack", () => {
    const names = (title: string, description: string) => analyse({ title, description }).skills.map((skill) => skill.name);
    expect(names('Occupational Therapist', 'Requirements:\n- Current state license as an OTR/L')).not.toContain('OTR Driving');
    expect(names('Dental Assistant', 'Requirements:\n- CDA or RDA certification preferred')).not.toContain('Early Childhood Education');
    expect(names('Teacher', 'Requirements:\n- Experience delivering integrated and designated ELD instruction')).not.toContain('Hours of Service');
    expect(names('Actuarial Analyst', 'Requirements:\n- Progress toward ASA or FSA designation through the SOA')).not.toContain('Service-Oriented Architecture');
    expect(names('Composites Technician', 'Requirements:\n- Vacuum bagging and autoclave cure cycles')).not.toContain('Instrument Sterilization');
    expect(names('Cloud Engineer', 'Requirements:\n- Experience building serverless functions like AWS Lambda or Azure Functions')).toEqual(expect.arrayContaining(['Lambda', 'Azure Functions']));
    expect(names('ICU Nurse', 'Requirements:\n- 2 years of acute care experience in departments such as ICU, ED or PACU')).toContain('Critical Care');
    expect(names('スタイリスト', '応募資格：\n- PCの基本操作ができる方\n- SNSでの情報発信に抵抗のない方\n自己PRを添えてご応募ください。')).toEqual([]);
    expect(names('Commercial', 'Missions\n- Développer le marché allemand au niveau commercial\n- Maîtrise du droit du travail français')).toEqual([]);
    expect(names('Comercial', 'Requisitos\n- Experiencia en el mercado español a nivel nacional\n- Nivel avanzado de inglés')).toEqual(['English']);
    expect(names('Marketing Manager', 'Our results-driven marketing team runs campaigns in HubSpot and Salesforce.')).toEqual(expect.arrayContaining(['HubSpot', 'Salesforce']));
    expect(names('Cloud Engineer', 'Requirements:\n- Strong understanding of security best practices in cloud environments\n- Experience contributing to open-source')).toEqual(expect.arrayContaining(['Security', 'Open Source']));
    expect(names('Freight Broker', 'Requirements:\n- 2+ years of freight brokerage experience')).toContain('Logistics');
  });

  it('tags the tools a kind of tool is followed by, not the kind; a kind named plainly is kept', () => {
    const names = (description: string) => analyse({ title: 'Platform Engineer', description }).skills.map((skill) => skill.name);
    expect(names('Requirements\n- Strong scripting skills in Python, Bash or Go\n- Experience with containerization (Docker, Kubernetes)\n- Cloud infrastructure like AWS or GCP')).toEqual(
      expect.arrayContaining(['Python', 'Bash', 'Go', 'Docker', 'Kubernetes', 'AWS', 'Google Cloud']),
    );
    for (const kind of ['Scripting', 'Containers', 'Cloud Infrastructure']) expect(names('Requirements\n- Scripting languages: Python, Bash\n- Containerization (Docker)\n- Cloud infrastructure such as AWS')).not.toContain(kind);
    // Only tools of its kind are examples: Linux is no scripting language, communication no framework.
    expect(names('Requirements\n- Scripting in a Linux environment')).toContain('Scripting');
    // Said without examples, or in another clause than the tools, the kind is asked for itself.
    expect(names('Requirements\n- Scripting and containerization experience. We run Python on AWS.')).toEqual(expect.arrayContaining(['Scripting', 'Containers']));
    expect(names('Requirements\n- Scripting (Bash)\n- You automate everything with scripting')).toContain('Scripting');
    // Not every skill is a kind: "Kubernetes (EKS)" asks for Kubernetes.
    expect(names('Requirements\n- Kubernetes (EKS)')).toEqual(expect.arrayContaining(['Kubernetes', 'EKS']));
  });

  it("knows the skills fresh15's and fresh14's German, French, Portuguese and Japanese postings name in their own words", () => {
    const names = (title: string, description: string) => analyse({ title, description }).skills.map((skill) => skill.name);
    expect(names('Pessoa Desenvolvedora Front-End', 'Requisitos\n- API Rest, Design Responsivo, React')).toEqual(expect.arrayContaining(['REST APIs', 'Responsive Web Design', 'React']));
    expect(names('Buchhalter:in', 'Ihre Aufgaben\n- Unterstützung bei Budgetplanung und Forecast\n- Steuererklärungen')).toEqual(expect.arrayContaining(['Forecasting', 'Tax']));
    expect(names('Pflegedienstleitung', 'Ihre Aufgaben\n- Pflegeplanung und Pflegedokumentation in der ambulanten Pflege')).toEqual(expect.arrayContaining(['Care Planning', 'Clinical Documentation']));
    // A nursery teacher's title is the skill; 保育 alone may be the daycare a benefits list offers (企業内保育所あり).
    expect(names('保育士', '仕事内容\n一時預かり保育のお仕事です。')).toContain('Early Childhood Education');
    expect(names('エンジニア', '福利厚生\n企業内保育所あり')).not.toContain('Early Childhood Education');
    expect(names('Aide comptable', 'Vos missions\n- Gestion des paiements')).toContain('Payments');
    expect(names('Technicien de maintenance', 'Vos missions\n- Maintenance des convoyeurs et transtockeurs\n- Diagnostic de pannes\n- Travail en grande hauteur')).toEqual(
      expect.arrayContaining(['Conveyor Systems', 'Troubleshooting', 'Working at Heights']),
    );
    expect(names('Technicien physico-chimie', 'Vos missions\n- Programme de stabilité, gestion des déviations et maîtrise des changements')).toEqual(
      expect.arrayContaining(['Stability Testing', 'Deviation Management', 'Change Control']),
    );
  });

  it('takes an everyday word for a skill only in a posting that names an engineering tool', () => {
    const baker = analyse({ title: 'Pastry Baker', description: 'Requirements\n- Assist in monitoring inventory\n- Food safety and security procedures' });
    expect(baker.skills.map((skill) => skill.name)).not.toContain('Observability');
    expect(baker.skills.map((skill) => skill.name)).not.toContain('Security');
    const electrician = analyse({ title: 'Electrician', description: 'Requirements\n- Wiring transformers and reading piping and instrumentation diagrams\n- Authorization forms' });
    expect(electrician.skills.map((skill) => skill.name)).toEqual(['Electrical Work']);
    // A kitchen's Chef is a person; an infrastructure team's is a tool.
    const cook = analyse({ title: 'Line Cook', description: 'Requirements\n- Work the line beside our Head Chef' });
    expect(cook.skills.map((skill) => skill.name)).toEqual(['Culinary Arts']);
    const devops = analyse({ title: 'DevOps Engineer', description: 'Requirements\n- Chef or Puppet on Linux' });
    expect(devops.skills.map((skill) => skill.name)).toContain('Chef');
    const sre = analyse({ title: 'Site Reliability Engineer', description: 'Requirements\n- Kubernetes and Terraform\n- Monitoring of our services' });
    expect(sre.skills.map((skill) => skill.name)).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform', 'Observability']));
  });

  it("takes no skill from the company's customers, funders or its notice on AI in hiring", () => {
    const customers = analyse({ title: 'Software Engineer', description: 'We have notable customers like Notion, Shopify, and Snowflake.\nFunded by Google, Meta and Salesforce, among others.\n\nRequirements\n- TypeScript' });
    expect(customers.skills.map((skill) => skill.name)).toEqual(['TypeScript']);
    const notice = analyse({ title: 'Director of Sales', description: 'Requirements\n- CRM implementation\n\nUse of AI in Recruitment\nWe use AI tools for recruitment scheduling.' });
    expect(notice.skills.map((skill) => skill.name)).not.toContain('Recruiting');
  });

  it("takes no skill from how the company hires or from its own name, and keeps a recruiter's own work", () => {
    const process = analyse({
      title: 'Customer Success Manager',
      description: 'Requirements\n- Salesforce\n\nInterview steps: our Talent Acquisition Partner will get in touch with you.\nNo recruitment consultants please.\nFollow us on social media.',
    });
    expect(process.skills.map((skill) => skill.name)).toEqual(['Customer Success', 'Salesforce']);
    const recruiter = analyse({ title: 'Recruiting Specialist', description: 'Requirements\n- Maintain hiring process documentation across Google Docs and Basecamp' });
    expect(recruiter.skills.map((skill) => skill.name)).toEqual(expect.arrayContaining(['Recruiting', 'Google Docs', 'Basecamp']));
    const coordinator = analyse({
      title: 'Recruiting Coordinator',
      description: 'Own our interview process in Greenhouse ATS and Workday.\nPartner with the Talent Acquisition team on offers in Greenhouse ATS.\nManage recruitment agencies via Workday.',
    });
    expect(coordinator.skills.map((skill) => skill.name)).toEqual(expect.arrayContaining(['Greenhouse ATS', 'Workday']));
    // "We value experience with…" asks for it.
    const values = analyse({ title: 'Platform Engineer', description: 'We value experience with Kubernetes and Terraform. You will build APIs.' });
    expect(values.skills.map((skill) => skill.name)).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform']));
    const named = analyse({
      title: 'Refrigeration Mechanic',
      company: 'T&H Heating and Air Conditioning',
      description: 'T&H Heating and Air Conditioning is an established company.\n\nRequirements\n- Air conditioning installs and furnaces',
    });
    // Named for the work asked, not for the employer's name.
    expect(named.skills.map((skill) => skill.name).sort()).toEqual(['Air Conditioning', 'Furnace Installation', 'Refrigeration']);
    const employer = analyse({ title: 'Refrigeration Mechanic', company: 'T&H Heating and Air Conditioning', description: 'Join T&H Heating and Air Conditioning today.' });
    expect(employer.skills.map((skill) => skill.name)).toEqual(['Refrigeration']);
    // A name that is itself a skill, or part of a longer one, is not masked out of the posting.
    const azure = analyse({ title: 'Cloud Engineer', company: 'Amazon Web Services', description: 'Requirements\n- Amazon Web Services experience' });
    expect(azure.skills.map((skill) => skill.name)).toContain('AWS');
    // Ansible Health's nurses are "her Ansible clinician" in its own stories.
    const shortName = analyse({ title: 'Registered Nurse', company: 'Ansible Health', description: 'Her Ansible clinician found a library with internet.\n\nRequirements\n- Strong triage skills are a must' });
    expect(shortName.skills.map((skill) => skill.name)).toEqual(['Triage', 'Nursing License']);
    // fresh10's Lean Technologies: under its requirements too, "Lean is…" and "Lean’s…" are the company;
    // a Ruby shop may still ask for Ruby there.
    const lean = analyse({ title: 'Customer Success Manager', company: 'Lean Technologies', description: "What we're looking for\n- Lean is where you need to be\n- Own Lean’s largest accounts\n- Salesforce" });
    expect(lean.skills.map((skill) => skill.name)).not.toContain('Lean');
    const ruby = analyse({ title: 'Backend Engineer', company: 'Ruby Labs', description: 'Requirements\n- Ruby and Rails' });
    expect(ruby.skills.map((skill) => skill.name)).toContain('Ruby');
    const inside = analyse({ title: 'Data Engineer', company: 'Cloud Co', description: 'Requirements\n- Google Cloud Composer' });
    expect(inside.skills.map((skill) => skill.name)).toContain('Google Cloud');
  });

  it('takes no skill from the names of the teams a posting mentions', () => {
    const analyst = analyse({ title: 'FP&A Analyst', description: 'Requirements\n- Partner closely with Licensing, Accounting, and Legal teams\n- Excel' });
    expect(analyst.skills.map((skill) => skill.name)).toEqual(['FP&A', 'Microsoft Excel']);
    const lowercase = analyse({ title: 'Engineer', description: 'Requirements\n- Experience leading accounting teams' });
    expect(lowercase.skills.map((skill) => skill.name)).toContain('Accounting');
    // Whop's and Vitol's postings: the teams one works with, in lower case.
    const payables = analyse({ title: 'Accounts Payable Specialist', description: 'Requirements\n- Collaborate with procurement, operations, and finance teams to resolve invoice discrepancies\n- NetSuite' });
    expect(payables.skills.map((skill) => skill.name)).not.toContain('Procurement');
    // Only a list of names before the team word: skills asked for beside a team stay.
    const beside = analyse({ title: 'Analyst', description: 'Requirements\n- Experience with SQL and Python to support analytics teams\n- Familiarity with agile and scrum across engineering teams' });
    expect(beside.skills.map((skill) => skill.name)).toEqual(expect.arrayContaining(['SQL', 'Python', 'Agile', 'Scrum']));
    const platform = analyse({ title: 'Platform Engineer', description: 'Requirements\n- Ability to engage effectively with development, infrastructure, security, and business stakeholders\n- Terraform' });
    expect(platform.skills.map((skill) => skill.name)).not.toContain('Security');
    expect(platform.skills.map((skill) => skill.name)).toContain('Stakeholder Management');
    // Lucidworks': the teams named after "such as".
    const support = analyse({ title: 'Search Engineer, Technical Support', description: 'You will work closely with internal teams such as Engineering and Customer Success to resolve issues.\n\nRequirements\n- Solr' });
    expect(support.skills.map((skill) => skill.name)).not.toContain('Customer Success');
    expect(support.skills.map((skill) => skill.name)).toContain('Apache Solr');
  });

  it("takes no skill from the company's story about itself", () => {
    // Virta's: its innovations and its clinical trial.
    const nurse = analyse({ title: 'Enrollment Nurse', description: 'Our innovations in the application of nutritional biochemistry, data science, and digital tools combine to deliver care. Our clinical trial has already produced results.\n\nRequirements\n- Active RN license' });
    expect(nurse.skills.map((skill) => skill.name)).not.toEqual(expect.arrayContaining(['Data Science']));
    expect(nurse.skills.map((skill) => skill.name)).not.toContain('Clinical Research');
    // fresh12's CodeNotary: a pasted page names itself with a markdown link.
    const bookkeeper = analyse({
      title: 'Bookkeeper',
      company: 'CodeNotary',
      description: '[CodeNotary](https://codenotary.com/) is the leading company for trusted CI/CD.\n\nWhat you’ll be doing\n- Maintain internal control systems\n- Reconcile accounts in QuickBooks',
    });
    expect(bookkeeper.skills.map((skill) => skill.name)).toEqual(['Internal Controls', 'QuickBooks', 'Accounting']);
    // A team's own "we" in the role's own words is still the job: "We enable every team to deploy with Kubernetes".
    const platform = analyse({ title: 'Platform Engineer', description: 'The role\nWe enable every team to deploy with Kubernetes and Terraform.' });
    expect(platform.skills.map((skill) => skill.name)).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform']));
  });

  it("takes no recruiting from an employer's small print about how it hires", () => {
    const names = (description: string) => analyse({ title: 'Account Manager', description }).skills.map((skill) => skill.name);
    expect(names('Requirements\n- Salesforce\n\nWe do not accept unsolicited resumes or referrals from any third-party recruiting firms or agencies.')).not.toContain('Recruiting');
    expect(names('The University of North Dakota Department of Athletics is currently recruiting for a Coordinator.\n\nRequirements\n- Salesforce')).not.toContain('Recruiting');
    expect(names('Requirements\n- Salesforce\n\nSee our Privacy Policy regarding personal information relating to the application and recruitment process.')).not.toContain('Recruiting');
  });

  it('falls back on what the data presumes (an office to report to) only when neither the data nor the words say', () => {
    const base = { title: 'Garage Sweeper', location: 'Denver, CO', presumedWorkMode: 'onsite' as const };
    expect(analyse({ ...base, description: 'Sweep the garage floors.' })).toMatchObject({ workMode: 'onsite', workModeDetail: 'presumed' });
    expect(analyse({ ...base, description: 'This is a fully remote role.' }).workMode).toBe('remote');
    expect(analyse({ ...base, description: 'Hybrid role: three days in the office.' }).workMode).toBe('hybrid');
  });
  it.each([
    // In the UK "in-house" says not an agency's, not where.
    ['This is an in-house role within our brand team, not agency side.', null],
    ['You work in a home office with reliable internet.', null],
    ['We work in a spacious office with an industrial, minimal approach.', 'onsite'],
    ['We send you a laptop and work in an office setup stipend of $500.', null],
    ['Marker | Product Engineer | Onsite/Hybrid, London, UK | Full-time', 'hybrid'],
  ])('reads where the job is done from how the team says it works: %s', (description, mode) => {
    expect(analyse({ title: 'Web Developer', description }).workMode).toBe(mode);
  });
});

describe('work mode from a listing field', () => {
  it('reads "Non-remote" as on-site, not remote', () => {
    expect(['Remote', 'Hybrid', 'On-Site', 'Non-remote', 'Not remote'].map(workModeFrom)).toEqual(['remote', 'hybrid', 'onsite', 'onsite', 'onsite']);
  });
});
