import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeCommand, openConsole, type ConsoleChat } from '../../../src/bots/console/adapter.js';
import { deliverInterviewReminder } from '../../../src/jobs/interviewReminders.js';
import { interviews } from '../../../src/models/interviews.js';
import { offers } from '../../../src/models/offers.js';
import { eventually } from '../../support/patience.js';
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
