import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runJobscout, startJobscout } from '../../support/consoleProcess.js';

const dataDir = mkdtempSync(path.join(tmpdir(), 'jobscout-e2e-'));
const env = { JOBSCOUT_DATA_DIR: dataDir, JOBSCOUT_CONSOLE_USER: 'e2e', JOBSCOUT_TIMEZONE: 'Europe/Berlin' };
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** The replies, split where the console leaves a blank line between them. */
const replies = (stdout: string) => stdout.split('\n\n').map((reply) => reply.trim()).filter(Boolean);

describe('the console chat driven through standard input', () => {
  it('runs the first-session script: add, move, refuse a bad move, log an interview, show the timeline', async () => {
    const script = [
      '/job add Backend Engineer at Acme https://acme.example/jobs/42',
      'add Data Engineer at Globex',
      '/job move 1 applied',
      'move 1 screening Recruiter call booked',
      '1', // the card's first button: Interviewing
      '/job move 2 offer',
      '/job interview 1',
      'technical',
      'tomorrow 14:00',
      '',
      'Ada Lovelace',
      'https://meet.example/abc',
      '/job timeline 1',
    ].join('\n');
    const result = await runJobscout(`${script}\n`, env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = replies(result.stdout);
    expect(out[0]).toMatch(/^Saved #1\.\n#1 · Backend Engineer at Acme\n─+\nState: Saved\nLink: https:\/\/acme\.example\/jobs\/42\n\[1\] Applied {2}\[2\] Preparing {2}\[3\] Withdrawn\nMove to… \[4\] Archived\n\[5\] Log interview {2}\[6\] Log offer {2}\[7\] Add note {2}\[8\] Timeline$/);
    expect(out[1]).toContain('Saved #2.\n#2 · Data Engineer at Globex');
    expect(out[2]).toContain('Moved #1 to applied.');
    expect(out[3]).toContain('Moved #1 to screening.');
    expect(out[4]).toContain('Moved #1 to interviewing.');
    expect(out[5]).toBe("Can't move from saved to offer. From saved it can move to: applied, preparing, withdrawn, archived.");
    expect(out[6]).toContain('Interview · #1 Acme — answer each field');
    expect(out[7]).toMatch(/Logged interview 1\.1: technical, \w{3} \d+ \w{3} \d{4}, 14:00 Europe\/Berlin \(in \d+ (hours|days?)\), 60 min\./);
    expect(out[7]).toContain('Interviewers: Ada Lovelace');
    const timeline = out[8]!.split('\n').filter((line) => line.startsWith('  • ')).map((line) => line.split(' — ')[1]);
    expect(timeline).toEqual([
      'Saved',
      'Saved → Applied',
      'Applied → Screening (Recruiter call booked)',
      'Screening → Interviewing',
      'Interview 1.1: technical, 60 min with Ada Lovelace',
    ]);
  });

  it('a second process sees the same data', async () => {
    const result = await runJobscout('/job list\n', env);
    expect(result.code).toBe(0);
    expect(replies(result.stdout)).toEqual([
      'Your applications (2)\n─────────────────────\n  • #1 · Backend Engineer at Acme — Interviewing\n  • #2 · Data Engineer at Globex — Saved\n  Open one with /job show <id>.',
    ]);
  });

  it('picks up after a restart in the middle of a piece of work', async () => {
    const before = await runJobscout('/job move 2 applied\n/job note 2 Referred by Sam\n', env);
    expect(before.code).toBe(0);
    const after = await runJobscout('/job move 2 screening\n/job timeline 2\n', env);
    expect(after.code).toBe(0);
    const out = replies(after.stdout);
    expect(out[0]).toContain('Moved #2 to screening.');
    expect(out[1]!.split('\n').filter((line) => line.startsWith('  • ')).map((line) => line.split(' — ')[1])).toEqual([
      'Saved',
      'Saved → Applied',
      'Note 2.1: Referred by Sam',
      'Applied → Screening',
    ]);
  });

  it('survives being killed mid-session: the next start keeps what was saved and carries on', async () => {
    const running = startJobscout(env);
    running.child.stdin.write('/job add SRE at Hooli\n');
    await running.waitFor('Saved #3.');
    running.child.stdin.write('/job move 3 applied\n');
    await running.waitFor('Moved #3 to applied.');
    running.child.kill('SIGKILL');
    await running.exited;

    const after = await runJobscout('/job move 3 screening\n/job list\n', env);
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
    const out = replies(after.stdout);
    expect(out[0]).toContain('Moved #3 to screening.');
    expect(out[1]).toContain('#3 · SRE at Hooli — Screening');
  });

  it('a second Jobscout on the same data folder is refused while the first runs', async () => {
    const first = startJobscout(env);
    first.child.stdin.write('/job list\n');
    await first.waitFor('Your applications');
    const second = await runJobscout('/job list\n', env);
    first.child.stdin.end();
    expect(await first.exited).toBe(0);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(`Another Jobscout is already using ${dataDir}. Stop it first, or set JOBSCOUT_DATA_DIR to another folder.\n`);
  });

  it('a bad configuration value stops start-up with a message naming the key', async () => {
    const result = await runJobscout('/job list\n', { ...env, JOBSCOUT_TIMEZONE: 'Mars/Olympus_Mons', JOBSCOUT_REMINDER_OFFSETS: '1440,soon' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'Invalid configuration:\n' +
        '  JOBSCOUT_TIMEZONE: expected an IANA time zone such as Europe/Berlin or America/New_York (got "Mars/Olympus_Mons")\n' +
        '  JOBSCOUT_REMINDER_OFFSETS: expected a comma-separated list of whole minutes, e.g. 1440,60,15 (got "1440,soon")\n',
    );
  });
});
