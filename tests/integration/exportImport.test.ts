import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import type { MessageReply, Reply } from '../../src/bots/ui.js';
import { neutralised } from '../../src/domain/portability/csvExport.js';
import { textOf } from '../support/replyText.js';
import { FakeSmtp } from '../fakes/smtp.js';
import { snapshotTables } from '../support/snapshot.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let ada: CommandContext;

const DAY = 86_400_000;
const START = Date.parse('2026-09-01T09:00:00Z');

async function on(day: number, ctx: CommandContext, ...lines: string[]): Promise<void> {
  app.clock.set(new Date(START + day * DAY));
  for (const line of lines) expect(textOf(await runText(ctx, line)), line).not.toMatch(/Sorry|Can't|Missing|no application/);
}

function fileOf(reply: Reply): { name: string; text: string } {
  const file = (reply as MessageReply).files?.[0];
  if (!file) throw new Error(`no file in: ${textOf(reply)}`);
  return { name: file.name, text: file.data.toString('utf8') };
}

const rowsOf = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

/** Pastes a CSV into the import form and returns the preview and the value of its Import button. */
async function previewOf(ctx: CommandContext, csv: string): Promise<{ text: string; pendingId: string | null }> {
  const outcome = await submitForm(ctx, 'import', '', { csv });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  const reply = outcome.reply as MessageReply;
  const button = reply.blocks.flatMap((block) => (block.type === 'actions' ? block.buttons : [])).find((candidate) => candidate.action === 'data.import');
  return { text: textOf(reply), pendingId: button?.value ?? null };
}

let smtp: FakeSmtp;

beforeAll(async () => {
  smtp = await new FakeSmtp('ada@example.com', 'ada-pass').start();
  app = await createTestApp({ now: '2026-09-01T09:00:00Z', env: { JOBSCOUT_SECRET_KEY: '5'.repeat(64), JOBSCOUT_SMTP_ALLOW_HOSTS: '127.0.0.1' } });
  ada = await app.as('ada');
  await on(0, ada, '/job add Backend Engineer at Acme https://acme.example/jobs/1', '/job add =HYPERLINK("http://evil.example") at Evil Corp', '/job add Data Engineer at Globex');
  await on(1, ada, '/job move 1 applied', '/job move 3 applied');
  await on(4, ada, '/job move 1 screening Recruiter call booked');
  await on(9, ada, '/job move 1 interviewing', '/job note 1 Ask about on-call', '/job move 3 rejected');
  await submitForm(ada, 'interview', '1', { kind: 'technical', when: '2026-09-15 14:00' });
  // A contact, and a follow-up emailed to them.
  await submitForm(ada, 'contact', '3', { name: 'Jane Recruiter', email: 'jane@globex.example', role: 'recruiter' });
  await submitForm(ada, 'email-connect', '', smtp.form());
  const draft = (await runText(ada, '/job draft 3 nudge')) as MessageReply;
  const send = draft.blocks.flatMap((block) => (block.type === 'actions' ? block.buttons : [])).find((button) => button.label === 'Send')!;
  expect(textOf(await runAction(ada, send.action, send.value))).toContain('Sent to jane@globex.example');
  await submitForm(ada, 'offer', '1', { base: '95000 EUR' });
});
afterAll(async () => {
  await app.dispose();
  await smtp.stop();
});

describe('/job data export', () => {
  it('gives every application with the date of each stage, its interviews and offers, and neutralises spreadsheet formulas', async () => {
    const file = fileOf(await runText(ada, '/job export'));
    expect(file.name).toBe('jobscout-applications-2026-09-10.csv');
    const rows = rowsOf(file.text);
    expect(rows.map((row) => [row.id, row.title, row.company, row.state])).toEqual([
      ['1', 'Backend Engineer', 'Acme', 'offer'],
      ['2', `'=HYPERLINK("http://evil.example")`, 'Evil Corp', 'saved'],
      ['3', 'Data Engineer', 'Globex', 'rejected'],
    ]);
    expect([rows[0]!.saved_at, rows[0]!.applied_at, rows[0]!.screening_at, rows[0]!.interviewing_at, rows[0]!.offer_at]).toEqual(['2026-09-01T09:00:00.000Z', '2026-09-02T09:00:00.000Z', '2026-09-05T09:00:00.000Z', '2026-09-10T09:00:00.000Z', '2026-09-10T09:00:00.000Z']);
    expect(rows[0]!.history).toBe('saved 2026-09-01T09:00:00.000Z; applied 2026-09-02T09:00:00.000Z; screening 2026-09-05T09:00:00.000Z (Recruiter call booked); interviewing 2026-09-10T09:00:00.000Z; offer 2026-09-10T09:00:00.000Z (Offer logged)');
    expect(rows[0]!.interviews).toMatch(/^2026-09-15T\d\d:00:00.000Z \S+ technical 60 min: pending$/);
    expect(rows[0]!.offers).toBe('95000 EUR: pending');
    // Notes only when asked for.
    expect(rows[0]!.notes).toBe('');
    expect(rowsOf(fileOf(await runText(ada, '/job data export csv notes')).text)[0]!.notes).toBe('2026-09-10T09:00:00.000Z Ask about on-call');
  });

  it('gives the same as JSON, notes included when asked', async () => {
    const file = fileOf(await runText(ada, '/job data export json notes'));
    const { applications } = JSON.parse(file.text) as { applications: { id: number; stages: { state: string }[]; interviews: unknown[]; offers: { base: number }[]; notes: { text: string }[] }[] };
    expect(applications[0]).toMatchObject({ id: 1, interviews: [{ kind: 'technical', outcome: 'pending' }], offers: [{ base: 95000, currency: 'EUR' }], notes: [{ text: 'Ask about on-call' }] });
    expect(applications[0]!.stages.map((stage) => stage.state)).toEqual(['saved', 'applied', 'screening', 'interviewing', 'offer']);
  });

  it('says there is nothing to export before anything is tracked', async () => {
    const nobody = await app.as('nobody');
    expect(textOf(await runText(nobody, '/job data export'))).toContain('nothing to export');
  });
});

describe('/job data import', () => {
  it("round-trips an export: the same jobs, states and dated stages in another person's search", async () => {
    const exported = fileOf(await runText(ada, '/job export')).text;
    const grace = await app.as('grace');
    const preview = await previewOf(grace, exported);
    expect(preview.text).toContain('3 new, 0 already tracked, 0 bad rows (read as Jobscout export)');
    expect(textOf(await runAction(grace, 'data.import', preview.pendingId!))).toContain('Imported 3 applications.');
    const again = rowsOf(fileOf(await runText(grace, '/job export')).text);
    const core = (rows: Record<string, string>[]) => rows.map(({ interviews: _i, offers: _o, notes: _n, added: _a, ...rest }) => rest);
    expect(core(again)).toEqual(core(rowsOf(exported)));
  });

  it('round-trips a JSON export with nothing lost: stages, interviews, offers with their rounds, notes, contacts and sent emails', async () => {
    await submitForm(ada, 'negotiate', '1', { asked: '105k and remote Fridays' });
    const exported = JSON.parse(fileOf(await runText(ada, '/job data export json notes')).text) as { applications: unknown[] };
    const hedy = await app.as('hedy');
    const preview = await previewOf(hedy, JSON.stringify(exported));
    expect(preview.text).toContain('3 new, 0 already tracked, 0 bad rows (read as Jobscout JSON export)');
    await runAction(hedy, 'data.import', preview.pendingId!);
    const again = JSON.parse(fileOf(await runText(hedy, '/job data export json notes')).text) as { applications: unknown[] };
    expect(again.applications).toEqual(exported.applications);
    expect(JSON.stringify(again.applications)).toContain('105k and remote Fridays');
    expect((again.applications[2] as { contacts: unknown[] }).contacts).toEqual([{ name: 'Jane Recruiter', email: 'jane@globex.example', role: 'recruiter' }]);
    expect((again.applications[2] as { emails: { to: string; subject: string }[] }).emails.map((email) => [email.to, email.subject])).toEqual([['jane@globex.example', 'Next steps for the Data Engineer role']]);
    // What was sent comes back as a record, never as something to send again.
    expect(smtp.received).toHaveLength(1);
  });

  it("reads LinkedIn's Job Applications.csv, reports bad rows by line, and is safe to run twice", async () => {
    const linkedin = [
      'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers',
      '"11/20/24, 8:15 AM",,,Initech,Platform Engineer,https://www.linkedin.com/jobs/view/4001,cv.pdf,',
      '"11/21/24, 9:00 AM",,,"Umbrella, Inc.",SRE,https://www.linkedin.com/jobs/view/4002,cv.pdf,',
      '"11/22/24, 9:00 AM",,,,Nameless Job,https://www.linkedin.com/jobs/view/4003,cv.pdf,',
      'yesterday,,,Hooli,Engineer,https://www.linkedin.com/jobs/view/4004,cv.pdf,',
    ].join('\r\n');
    const alan = await app.as('alan');
    const preview = await previewOf(alan, linkedin);
    expect(preview.text).toContain('2 new, 0 already tracked, 2 bad rows (read as LinkedIn applications)');
    expect(preview.text).toContain('Line 2: Platform Engineer at Initech — applied 2024-11-20');
    expect(preview.text).toContain('Line 4: no company');
    expect(preview.text).toContain('Line 5: "yesterday" is not a date');
    // Nothing is stored before Import.
    expect(textOf(await runText(alan, '/job list'))).toContain('You are not tracking any jobs yet');

    expect(textOf(await runAction(alan, 'data.import', preview.pendingId!))).toContain('Imported 2 applications.');
    const before = await snapshotTables(app.services.db);
    // The same button again (a double click, a redelivery) and the same file again add nothing.
    expect(textOf(await runAction(alan, 'data.import', preview.pendingId!))).toContain('imported already');
    const second = await previewOf(alan, linkedin);
    expect(second.text).toContain('0 new, 2 already tracked, 2 bad rows');
    expect(second.pendingId).toBeNull();
    expect(await snapshotTables(app.services.db)).toEqual(before);
    const list = textOf(await runText(alan, '/job list'));
    expect(list).toContain('Platform Engineer at Initech');
    expect(list).toContain('SRE at Umbrella, Inc.');
  });

  it("another person's Import button changes nothing", async () => {
    const owner = await app.as('owner-of-import');
    const preview = await previewOf(owner, 'Title,Company\nChef,Bistro');
    const stranger = await app.as('import-stranger');
    const before = await snapshotTables(app.services.db);
    expect(textOf(await runAction(stranger, 'data.import', preview.pendingId!))).toContain('not yours');
    expect(await snapshotTables(app.services.db)).toEqual(before);
  });

  it('reports a link that is not a web address as a bad row, and refuses a file too large for one import', async () => {
    const preview = await previewOf(ada, 'Title,Company,Link\nChef,Bistro,https://\nCook,Diner,https://exa mple.com/job\nBaker,Bakery,https://bakery.example/jobs/1');
    expect(preview.text).toContain('1 new, 0 already tracked, 2 bad rows');
    expect(preview.text).toContain('Line 2: the link "https://" is not a web address');
    expect(preview.text).toContain('Line 3: the link "https://exa mple.com/job" is not a web address');
    const huge = ['Title,Company', ...Array.from({ length: 2001 }, (_, i) => `Role ${i},Firm ${i}`)].join('\n');
    const outcome = await submitForm(ada, 'import', '', { csv: huge });
    expect(outcome.ok && textOf(outcome.reply)).toContain('That file has 2001 rows; import at most 2,000 at a time.');
  });

  it('neutralises a formula behind leading spaces too', () => {
    expect(neutralised(' =1+1')).toBe("' =1+1");
    expect(neutralised('\u00a0@SUM(A1)')).toBe("'\u00a0@SUM(A1)");
    expect(neutralised('Senior Engineer')).toBe('Senior Engineer');
  });

  it('explains a file without title or company columns', async () => {
    const preview = await previewOf(ada, 'Name,Where\nChef,Bistro');
    expect(preview.text).toContain('Line 1: no title or company column');
    expect(preview.pendingId).toBeNull();
  });
});
