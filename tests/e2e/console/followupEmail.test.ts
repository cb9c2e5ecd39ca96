import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openConsole } from '../../../src/bots/console/adapter.js';
import { sendFollowupPrompts } from '../../../src/jobs/followupPrompts.js';
import { applications } from '../../../src/models/applications.js';
import { emailAccounts } from '../../../src/models/emailAccounts.js';
import { FakeSmtp } from '../../fakes/smtp.js';
import { eventually } from '../../support/patience.js';
import { createTestApp, type TestApp } from '../../support/testApp.js';

let app: TestApp;
let smtp: FakeSmtp;
let input: PassThrough;
let output: string;
let running: Promise<void>;

beforeEach(async () => {
  smtp = await new FakeSmtp().start();
  app = await createTestApp({ now: '2026-11-24T10:00:00Z', env: { JOBSCOUT_CONSOLE_USER: 'katherine', JOBSCOUT_SECRET_KEY: '3'.repeat(64), JOBSCOUT_SMTP_ALLOW_HOSTS: '127.0.0.1' } });
  input = new PassThrough();
  const sink = new PassThrough();
  output = '';
  sink.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const chat = await openConsole(app, { input, output: sink, interactive: false });
  running = chat.run();
});
afterEach(async () => {
  await app.dispose();
  await smtp.stop();
});

describe('a follow-up drafted, edited and sent from its prompt in the console', () => {
  it('the prompt is printed with Draft it; the draft is edited field by field and sent', async () => {
    const form = smtp.form();
    input.write(
      [
        '/job add Data Engineer at Globex',
        '/job move 1 applied',
        '/job contact 1',
        'Jane Recruiter',
        'jane@globex.example',
        'recruiter',
        '/job email connect',
        form.address,
        form.host,
        form.port,
        '',
        form.password,
        '',
      ].join('\n'),
    );
    await eventually('the email to be connected', async () => (await app.services.db.select().from(emailAccounts)).length > 0 && (await app.services.db.select().from(applications))[0]?.state === 'applied');
    app.clock.set('2026-12-01T10:00:00Z');
    await sendFollowupPrompts(app.services, app.notifier);
    await eventually('the prompt to be printed', () => output.includes('It has been 7 days since you applied'));
    // [1] Draft it; then on the draft [1] Edit: To, Subject, then the message ending with "."; then [2] Send.
    input.end(['1', '1', '', 'Data Engineer at Globex', 'Hi Jane,', '', 'Any news on the role?', '.', '2', ''].join('\n'));
    await running;
    expect(output).toContain('To: Jane Recruiter (recruiter) jane@globex.example');
    expect(output).toContain('Draft saved.');
    expect(output).toContain('Sent to jane@globex.example: "Data Engineer at Globex".');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.text?.trim()).toBe('Hi Jane,\n\nAny news on the role?');
  });
});
