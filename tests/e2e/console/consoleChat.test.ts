import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCommand, openConsole, type ConsoleChat } from '../../../src/bots/console/adapter.js';
import { deliverInterviewReminder } from '../../../src/jobs/interviewReminders.js';
import { interviews } from '../../../src/models/interviews.js';
import { jobs } from '../../../src/models/jobs.js';
import { offers } from '../../../src/models/offers.js';
import { eventually } from '../../support/patience.js';
import { pastedRealPosting } from '../../support/realWorldPostings.js';
import { createTestApp, type TestApp } from '../../support/testApp.js';

let app: TestApp;
let input: PassThrough;
let output: string;
let chat: ConsoleChat;
let running: Promise<void>;

beforeEach(async () => {
  app = await createTestApp({ now: '2026-11-24T10:00:00Z', env: { JOBSCOUT_CONSOLE_USER: 'katherine' } });
  input = new PassThrough();
  const sink = new PassThrough();
  output = '';
  sink.on('data', (chunk: Buffer) => (output += chunk.toString()));
  chat = await openConsole(app, { input, output: sink, interactive: false });
  running = chat.run();
});
afterEach(() => app.dispose());

async function finish(lines: string[]): Promise<string> {
  input.end(`${lines.join('\n')}\n`);
  await running;
  return output;
}

describe('the console chat', () => {
  it('asks a form field again when its answer is wrong, keeping the others', async () => {
    const out = await finish(['/job add Analyst at Wayne Enterprises', '/job interview 1', 'phone', 'whenever', '45', 'Lucius', '', 'tomorrow 10:00']);
    expect(out).toContain('When: "whenever" is not a date and time.');
    expect(out).toContain('Logged interview 1.1: phone, Wed 25 Nov 2026, 10:00 UTC (in 1 day), 45 min.');
    const [row] = await app.services.db.select().from(interviews);
    expect(row).toMatchObject({ kind: 'phone', durationMinutes: 45, interviewers: 'Lucius' });
  });

  it('"cancel" leaves a form and saves nothing', async () => {
    const out = await finish(['/job add Analyst at Wayne Enterprises', '/job offer 1', '100k USD', 'cancel']);
    expect(out).toContain('Cancelled; nothing was saved.');
    expect(await app.services.db.select().from(offers)).toEqual([]);
  });

  it('numbers pick the buttons of the last reply; an unknown number says which exist', async () => {
    const out = await finish(['/job add Analyst at Wayne Enterprises', '9', '1', '11']);
    expect(out).toContain('There is no choice 9; pick 1–8, or type a command.');
    expect(out).toContain('Moved #1 to applied.');
    expect(out).toContain('Timeline · #1 · Analyst at Wayne Enterprises');
  });

  it('the options of a menu are numbered choices too', async () => {
    const out = await finish(['/job add Analyst at Wayne Enterprises', '1', '4']);
    expect(out).toContain('Move to… [4] Assessment  [5] Ghosted  [6] Withdrawn  [7] Archived');
    expect(out).toContain('Moved #1 to assessment.');
  });

  it('strips terminal escape sequences from what people typed', async () => {
    const out = await finish(['/job add Evil\u001b[2J\u001b]0;pwned\u0007 Title at Acme']);
    expect(out).toContain('#1 · Evil Title at Acme');
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
  });

  it('prints a scheduler reminder for this person as it arrives', async () => {
    input.write('/job add Analyst at Wayne Enterprises\n/job interview 1\nvideo\n2026-11-25 16:00\n\n\n\n');
    await eventually('the interview to be logged', async () => (await app.services.db.select().from(interviews)).length > 0);
    const [row] = await app.services.db.select().from(interviews);
    app.clock.set('2026-11-25T15:45:00Z');
    const outcome = await deliverInterviewReminder(
      { db: app.services.db, clock: app.clock.now, config: app.services.config, logger: app.services.logger, notifier: app.notifier },
      { interviewId: row!.id, offsetMinutes: 15, startsAt: row!.startsAt.toISOString() },
    );
    expect(outcome).toBe('sent');
    const out = await finish([]);
    expect(out).toContain('⏰ Reminder: your video interview for #1 is in 15 minutes.');
    expect(app.sent).toEqual([]); // it went to the console, not to the stand-in target
  });
});

describe('tab completion in the terminal', () => {
  it('completes subcommands with or without /job', () => {
    expect(completeCommand('/job ti')).toEqual([['/job timeline '], '/job ti']);
    expect(completeCommand('n')).toEqual([['negotiate ', 'note '], 'n']);
    expect(completeCommand('move 1 ')).toEqual([[], 'move 1 ']);
  });
});

describe('one-line answers in a form', () => {
  it('a skills list ends at Enter: only the posting box waits for a "."', async () => {
    const out = await finish(['/job profile', 'TypeScript: expert, Node.js: advanced', '5', 'Backend Engineer', 'remote', '', '/job profile']);
    expect(out).not.toContain('end with a line holding only');
    expect(out).toContain('Skills, with levels [TypeScript: expert, Node.js: advanced]');
  });
});

describe('pasting a real posting', () => {
  const kentik = pastedRealPosting('text-kentik-site-reliability-engineer.json');

  it('in a pipe: /job add opens the form, whose posting field reads lines until a "."', async () => {
    const out = await finish(['/job add', '', '', '', ...kentik.text.split('\n'), '.', '/job list']);
    expect(out).toContain('Several lines welcome; end with a line holding only ".".');
    expect(out).toContain(`#1 · ${kentik.title} at ${kentik.company}`);
    const [job] = await app.services.db.select().from(jobs);
    expect(job).toMatchObject({ title: kentik.title, company: kentik.company, source: 'pasted', description: kentik.text.trim() });
  });
});

describe('input that ends halfway through a posting', () => {
  it('says the posting was not saved, and saves nothing', async () => {
    const out = await finish(['/job add', '', '', '', 'Data Engineer at Globex', 'Requirements: SQL']);
    expect(out).toContain('The posting was not saved: it needs a line holding only "." after it.');
    expect(await app.services.db.select().from(jobs)).toEqual([]);
  });
});

describe('pasting in a terminal', () => {
  let terminal: PassThrough;
  let screen: string;
  let session: Promise<void>;

  beforeEach(async () => {
    // The chat of the beforeEach above ends here; this one is a terminal.
    input.end();
    await running;
    terminal = new PassThrough();
    const sink = new PassThrough();
    screen = '';
    sink.on('data', (chunk: Buffer) => (screen += chunk.toString()));
    session = (await openConsole(app, { input: terminal, output: sink, interactive: true })).run();
  });
  afterEach(async () => {
    terminal.end();
    await session;
  });

  const jobRows = () => app.services.db.select().from(jobs);

  it('a posting pasted at the first field of the add form is read as one posting', async () => {
    const zero = pastedRealPosting('text-zero-networks-senior-technical-support-engineer.json');
    terminal.write('/job add\n');
    await eventually('the form to ask for the title', () => screen.includes('Job title (optional)'));
    // A paste arrives in one burst; the end mark is typed after it.
    terminal.write(`${zero.text}\n`);
    await eventually('the posting field to be reading', () => screen.includes('lines so far for "Or paste the posting". Paste or type more, end with a line holding only ".", or type cancel.'));
    terminal.write('.\n');
    const job = await eventually('the job to be saved', async () => (await jobRows())[0]);
    expect(job).toMatchObject({ title: zero.title, company: zero.company, source: 'pasted', description: zero.text.trim() });
    expect((await jobRows()).length).toBe(1);
  });

  it('"/job add" pasted together with the posting and its end mark saves it', async () => {
    const documo = pastedRealPosting('text-documo-hr-coordinator.json');
    terminal.write(`/job add\n${documo.text}\n.\n`);
    await eventually('the card', () => screen.includes(`#1 · ${documo.title} at ${documo.company}`));
    expect(await jobRows()).toMatchObject([{ title: documo.title, company: documo.company, description: documo.text.trim() }]);
  });

  it('a posting is not saved before its end mark, and "cancel" drops it halfway', async () => {
    const documo = pastedRealPosting('text-documo-hr-coordinator.json');
    terminal.write(`/job add\n${documo.text}\n`);
    await eventually('the count of lines read', () => /\d+ lines so far for "Or paste the posting"/.test(screen));
    terminal.write('cancel\n');
    await eventually('the form to be left', () => screen.includes('Cancelled; nothing was saved.'));
    expect(await jobRows()).toEqual([]);
  });

  it('pasted lines outside a form are one hint, not one error per line, and change nothing', async () => {
    terminal.write('We are hiring a Data Engineer\nGreat team\nApply now\n');
    await eventually('the hint', () => screen.includes('That looks like 3 pasted lines, not a command. To save a posting, type /job add and paste it'));
    expect(screen).not.toContain('There is no /job');
    expect(await jobRows()).toEqual([]);
  });

  it('commands typed one at a time still run one at a time', async () => {
    terminal.write('/job add Analyst at Wayne Enterprises\n');
    await eventually('the first card', () => screen.includes('#1 · Analyst at Wayne Enterprises'));
    terminal.write('/job list\n');
    await eventually('the list', () => screen.includes('Your applications'));
  });
});
