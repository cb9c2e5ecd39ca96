import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runText, submitForm } from '../../src/bots/commands/dispatch.js';
import { COMMANDS } from '../../src/bots/commands/registry.js';
import type { OptionSpec } from '../../src/bots/commands/types.js';
import type { Reply } from '../../src/bots/ui.js';
import { withoutControlCharacters } from '../../src/domain/controlCharacters.js';
import { textOf } from '../support/replyText.js';
import { fingerprintTables } from '../support/snapshot.js';
import { startSlackHarness, type SlackHarness } from '../support/slackHarness.js';

/**
 * Generated bad input for every command, through the console's path (a line of text) and
 * Slack's (a signed slash command). Each input is wrong by construction in one typed argument,
 * so each must get a short, clear refusal and leave every table as it was. The seed is fixed:
 * a failure names its input and happens again on the next run.
 */
const SEED = 20261130;
const PER_COMMAND = 200;
// Through Slack every request is a signed HTTP round trip; a sample of each command is enough
// to show the adapter adds nothing to what the console path proves for all of them.
const PER_COMMAND_SLACK = 20;

// Characters that break storage or rendering when they get through: NUL, other C0 and C1
// controls, bidi overrides, a zero-width joiner, a lone surrogate half.
const controls = fc.constantFrom('\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u202e', '\u200d', '\ud800');
const noise = fc.string({ unit: fc.oneof(fc.constantFrom(...'abc xyz-_.,:/#@*~`'.split('')), controls), maxLength: 12 });

/** Numbers as people don't mean them for an id: hex, exponents, signs, decimals, 30 digits, other scripts. */
const badNumber = fc.oneof(
  fc.constantFrom('0', '00', '-1', '+1', '.0', '1.', '0x1', '0X1f', '0b1', '0o7', '1e0', '1e3', '1E-2', 'Infinity', 'NaN', '1_000', '1,0', '١', 'Ⅰ', '½', '2147483648', '4294967297', '1 1'),
  fc.stringMatching(/^[1-9]\d{10,30}$/),
  fc.tuple(fc.constantFrom('0x', '-', '+', '.', '#-', '#0x', '1.', '1e'), fc.nat({ max: 9999 })).map(([prefix, n]) => `${prefix}${n}`),
  fc.tuple(fc.nat({ max: 99 }), controls, fc.constantFrom('x', '.5', 'e2', ' x')).map(([n, c, tail]) => `${n + 1}${c}${tail}`),
);

/** Interview references that are not one: interview 0, overflowing numbers, extra dots, hex. */
const badInterview = fc.oneof(
  badNumber,
  fc.constantFrom('1.0', '1.00', '0.1', '1..1', '1.1.1', '1.-1', '1.0x1', '.1', '1.', '1.99999999999999999999', '99999999999999999999.1', '1.2147483648', '1.1e1'),
  fc.tuple(fc.nat({ max: 9 }), fc.stringMatching(/^\d{11,25}$/)).map(([a, b]) => `${a + 1}.${b}`),
);

/** Dates and times chrono can't place, or places somewhere no interview is. */
const badWhen = fc.oneof(
  fc.constantFrom('someday', 'tomorrow', '2026-02-30 10:00', '2026-13-01 10:00', '31/31/2026 10:00', '25:61', 'yesterday 99:99', '0000-00-00 00:00', '99999-01-01 10:00', 'next blursday 3pm', 'tomorrow 10:00 Mars/Olympus', '1e9', '0x10 10:00'),
  fc.tuple(noise, controls).map(([text, c]) => `${c}${text}`),
);

/** Deadlines chrono can't place, or places more than five years off. */
const badDeadline = fc.oneof(
  fc.constantFrom('someday', 'soon', '2026-02-30', '2026-13-01', '31/31/2026', 'next blursday', '0000-00-00', '99999-01-01', '2099-01-01', 'friday 25:61', 'tomorrow 10:00 Mars/Olympus', '1e9'),
  fc.tuple(noise, controls).map(([text, c]) => `${c}${text}`).filter((text) => withoutControlCharacters(text).trim() !== '' && !/^(none|clear|no|off|remove)$/i.test(withoutControlCharacters(text).trim())),
);

const badState = fc.oneof(fc.constantFrom('hired', 'applied!', 'APPLIED.', 'final round round', '0x1', 'offer\u0000x'), noise.filter((text) => text.trim().length > 0 && !/^[a-z_ -]+$/i.test(text.trim())));

/** Text "add" can't read as a posting: no " at ", no link, no line breaks. */
const badAddText = fc.oneof(
  fc.constantFrom('Engineer', 'ftp://example.com/x', 'javascript:alert(1)', 'http://', 'https://', 'Engineer\u0000at'),
  // Control characters alone leave nothing, and "/job add" with nothing opens the form.
  noise.filter((text) => withoutControlCharacters(text).trim().length > 0 && !/\bat\b|https?:/i.test(text)),
);

/** A wrong value for one option, by its type. */
function badValue(option: OptionSpec): fc.Arbitrary<string> {
  if (option.type === 'application') return badNumber;
  if (option.type === 'interview') return badInterview;
  if (option.type === 'state') return badState;
  if (option.choices) {
    return noise.filter((text) => {
      const clean = withoutControlCharacters(text).trim().toLowerCase();
      return clean.length > 0 && !option.choices!.includes(clean.split(/\s+/)[0]!);
    });
  }
  if (option.name === 'when') return badWhen;
  if (option.name === 'deadline') return badDeadline;
  if (option.name === 'board') return fc.oneof(badNumber, fc.constantFrom('greenhouse', ':acme', 'nosuch:acme', 'greenhouse:', 'greenhouse:a/b', 'greenhouse:\u0000'));
  return badNumber;
}

/** A valid value for options that come before the one made wrong. */
const GOOD: Record<string, string> = { id: '1', interview: '1.1', state: 'screening' };

/** Lines for one command: one typed option made wrong, the ones before it right, noise after. */
function badLines(command: (typeof COMMANDS)[number]): fc.Arbitrary<string> {
  if (command.name === 'add') return badAddText.map((text) => `/job add ${text}`);
  const typed = command.options.map((option, index) => ({ option, index })).filter(({ option }) => !option.rest || option.name === 'when' || option.name === 'deadline');
  // A command without options refuses any argument at all.
  if (typed.length === 0) return fc.tuple(badNumber, noise).map(([value, tail]) => `/job ${command.name} ${value}${tail ? ` ${tail}` : ''}`);
  return fc
    .constantFrom(...typed)
    .chain(({ option, index }) =>
      // Control characters are dropped from every input: for an optional option, a value made
      // only of them is no value at all, and the command without it is a fine command.
      fc.tuple(option.required ? badValue(option) : badValue(option).filter((value) => withoutControlCharacters(value).trim() !== ''), noise).map(([value, tail]) => {
        const before = command.options.slice(0, index).map((earlier) => GOOD[earlier.name] ?? 'x');
        const quoted = /\s/.test(value.trim()) && !option.rest ? `"${value}"` : value;
        const after = option.rest ? '' : ` ${tail}`;
        return `/job ${command.name} ${[...before, quoted].join(' ')}${after}`;
      }),
    );
}

function inputsFor(command: (typeof COMMANDS)[number], count: number, seed: number): string[] {
  return fc.sample(badLines(command), { numRuns: count, seed });
}

/** What every refusal must look like: something to read, short, only for the person, no apology. */
function expectClearRefusal(input: string, reply: { text: string; ephemeral: boolean }) {
  const context = `for ${JSON.stringify(input)}: ${reply.text}`;
  expect(reply.text, context).not.toMatch(/something went wrong/i);
  expect(reply.text.trim().length, context).toBeGreaterThan(10);
  expect(reply.text.length, context).toBeLessThanOrEqual(600);
  expect(reply.ephemeral, context).toBe(true);
  expect(reply.text, context).not.toContain('\u0000');
}

const asRefusal = (reply: Reply) => ({ text: textOf(reply), ephemeral: reply.kind === 'message' && reply.ephemeral && reply.blocks.length === 1 });

let slack: SlackHarness;

beforeAll(async () => {
  slack = await startSlackHarness({ now: '2026-11-24T10:00:00Z' });
  // Data for the good values to reach: application #1 with interview 1.1, an offer and a note.
  const me = await slack.app.as('U1', 'slack');
  for (const line of ['/job add Platform Engineer at Initech', '/job move 1 applied', '/job move 1 interviewing', '/job note 1 first call went well']) {
    expect(textOf(await runText(me, line))).not.toMatch(/went wrong/);
  }
  const logged = await submitForm(me, 'interview', '1', { kind: 'video', when: 'tomorrow 10:00', duration: '45' });
  expect(logged.ok).toBe(true);
});
afterAll(() => slack.dispose());

describe('generated bad input for every command', () => {
  it(`through the console path: ${PER_COMMAND} inputs per command, each refused clearly with nothing changed`, async () => {
    const me = await slack.app.as('U1', 'slack');
    const before = await fingerprintTables(slack.app.services.db);
    let count = 0;
    for (const [index, command] of COMMANDS.entries()) {
      const inputs = inputsFor(command, PER_COMMAND, SEED + index);
      for (const input of inputs) {
        expectClearRefusal(input, asRefusal(await runText(me, input)));
        count += 1;
      }
      // Compared once per command: a refusal that changed something fails here, with its command.
      expect(await fingerprintTables(slack.app.services.db), `one of ${JSON.stringify(inputs)} changed stored data`).toBe(before);
    }
    expect(count).toBe(COMMANDS.length * PER_COMMAND);
  });

  it(`through Slack: ${PER_COMMAND_SLACK} signed slash commands per command, each answered ephemerally with nothing changed`, async () => {
    // The first request over Slack fills in the person's Slack details; after that, nothing may change.
    await slack.command('list');
    await slack.settled();
    const before = await fingerprintTables(slack.app.services.db);
    for (const [index, command] of COMMANDS.entries()) {
      for (const input of inputsFor(command, PER_COMMAND_SLACK, SEED + 1000 + index)) {
        const sent = await slack.command(input.replace(/^\/job /, ''));
        expect(sent.status, input).toBe(200);
        await slack.settled();
        const path = new URL(sent.responseUrl).pathname;
        const answer = slack.fake.callsTo('response_url').find((call) => call.args.url === path);
        expect(answer, `no answer for ${JSON.stringify(input)}`).toBeDefined();
        expectClearRefusal(input, { text: String(answer!.args.text), ephemeral: answer!.args.response_type === 'ephemeral' });
        expect(await fingerprintTables(slack.app.services.db), `${JSON.stringify(input)} changed stored data`).toBe(before);
      }
    }
  });
});
