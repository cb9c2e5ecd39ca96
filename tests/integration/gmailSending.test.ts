import pino from 'pino';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, runText, submitForm } from '../../src/bots/commands/dispatch.js';
import type { CommandContext } from '../../src/bots/commands/types.js';
import type { Reply } from '../../src/bots/ui.js';
import { emailAccounts } from '../../src/models/emailAccounts.js';
import { googleConnections } from '../../src/models/googleCalendar.js';
import { startWebServer, type WebServer } from '../../src/web/webServer.js';
import { webRoutes } from '../../src/web/webRoutes.js';
import { FakeGoogle } from '../fakes/google.js';
import { buttonsOf, textOf } from '../support/replyText.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const sendButton = (reply: Reply) => buttonsOf(reply).find((button) => button.label === 'Send')?.value;

describe('sending from Gmail through the Google connection', () => {
  let google: FakeGoogle;
  let app: TestApp;
  let web: WebServer;
  let anna: CommandContext;

  async function connect(command: string, purpose: 'calendar' | 'gmail'): Promise<string> {
    const reply = await runText(anna, command);
    const link = /http:\/\/127\.0\.0\.1:\d+\/o\/oauth2\/v2\/auth\?\S+/.exec(textOf(reply))![0];
    const response = await fetch(google.consent(link, purpose));
    return response.text();
  }

  beforeAll(async () => {
    google = await new FakeGoogle().start();
    app = await createTestApp({ now: '2026-11-24T10:00:00Z', env: { ...google.env(), JOBSCOUT_SECRET_KEY: '4'.repeat(64) } });
    web = await startWebServer(webRoutes(app.services), 0, pino({ level: 'silent' }));
    app.services.web.serving(web.port);
    anna = await app.as('anna');
    await runText(anna, '/job add Data Engineer at Globex');
    await runText(anna, '/job move 1 applied');
    await submitForm(anna, 'contact', '1', { name: 'Jane Recruiter', email: 'jane@globex.example', role: 'recruiter' });
    await submitForm(anna, 'interview', '1', { kind: 'video', when: '2026-11-30 10:00' });
  });
  afterAll(async () => {
    await web.stop();
    await app.dispose();
    await google.stop();
  });

  it('Gmail alone: sending is connected, the calendar is not touched', async () => {
    const page = await connect('/job email connect gmail', 'gmail');
    expect(page).toContain('Gmail is connected to Jobscout: your follow-ups can go out from anna.lindqvist@gmail.example');
    const [account] = await app.services.db.select().from(emailAccounts);
    expect(account).toMatchObject({ provider: 'gmail', fromAddress: 'anna.lindqvist@gmail.example' });
    expect(textOf(await runText(anna, '/job email'))).toContain('sending from anna.lindqvist@gmail.example through Gmail');
    expect(textOf(await runText(anna, '/job calendar'))).toContain('Google Calendar: not connected.');
    expect(await app.googleSync.syncPerson(anna.person.id)).toBe('not-connected');
    expect(google.live()).toHaveLength(0);
  });

  it('Send goes through the Gmail API with the Message-ID and the From name, once', async () => {
    const id = sendButton(await runText(anna, '/job draft 1 nudge'))!;
    expect(textOf(await runAction(anna, 'email.send', id))).toContain('Sent to jane@globex.example');
    expect(google.gmailSent).toHaveLength(1);
    const mail = await simpleParser(google.gmailSent[0]!);
    expect(mail.messageId).toMatch(/^<jobscout\.[0-9a-f]{32}@gmail\.example>$/);
    expect(mail.subject).toBe('Next steps for the Data Engineer role');
    expect((mail.to as { value: { address: string }[] }).value[0]!.address).toBe('jane@globex.example');
    await runAction(anna, 'email.send', id);
    expect(google.gmailSent).toHaveLength(1);
  });

  it('adding the calendar later keeps Gmail (incremental consent); disconnecting ends both', async () => {
    await connect('/job calendar connect', 'calendar');
    const [connection] = await app.services.db.select().from(googleConnections);
    expect(connection!.scopes.split(' ').sort()).toEqual(['email', 'https://www.googleapis.com/auth/calendar.events', 'https://www.googleapis.com/auth/gmail.send', 'openid']);
    await app.googleSync.idle();
    await app.googleSync.syncPerson(anna.person.id);
    expect(google.live().map((event) => event.summary)).toContain('Interview: Data Engineer at Globex');
    const id = sendButton(await runText(anna, '/job draft 1 nudge'))!;
    await runAction(anna, 'email.send', id);
    expect(google.gmailSent).toHaveLength(2);
    expect(textOf(await runText(anna, '/job calendar disconnect'))).toContain('Sending from Gmail stopped with it');
    expect(await app.services.db.select().from(emailAccounts)).toHaveLength(0);
  });

  it('a grant Google no longer honours keeps the draft and asks to reconnect', async () => {
    await connect('/job email connect gmail', 'gmail');
    google.revokeAll();
    google.accessTokenSeconds = 0;
    const id = sendButton(await runText(anna, '/job draft 1 nudge'))!;
    const reply = textOf(await runAction(anna, 'email.send', id));
    expect(reply).toContain('was not sent');
    expect(reply).toContain('The draft is kept.');
    expect(textOf(await runText(anna, '/job email'))).toContain('needs reconnecting');
  });
});
