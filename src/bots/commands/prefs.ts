import { z } from 'zod';
import { formatMoney, parseMoney } from '../../domain/ats/money.js';
import { UserError } from '../../domain/errors.js';
import { digestZone, getPreferences, parseDigestSetting, savePreferences, setWeeklyReport } from '../../domain/people/preferences.js';
import { getProfile, parseLocations } from '../../domain/people/profile.js';
import { ui, type Reply } from '../ui.js';
import { FieldReader } from './formValues.js';
import { locationsText } from './profile.js';
import { defineCommand, type ActionDefinition, type CommandContext, type FormDefinition } from './types.js';
import { readWholeNumber } from '../../domain/wholeNumbers.js';

const MAX_AVOID = 20;

async function openPrefsForm(ctx: CommandContext): Promise<Reply> {
  const { db, config } = ctx.services;
  const [prefs, profile] = await Promise.all([getPreferences(db, config, ctx.person.id), getProfile(db, ctx.person.id)]);
  const zone = digestZone(prefs, ctx.person, config);
  const digest = prefs.digestEnabled ? [prefs.digestTime, prefs.chosenTimezone].filter(Boolean).join(' ') : 'off';
  return ui.form({
    id: 'prefs',
    context: '',
    title: 'Your preferences',
    submitLabel: 'Save',
    fields: [
      {
        name: 'digest',
        label: 'Daily digest: time and zone, or off',
        kind: 'text',
        required: true,
        placeholder: '09:00 Europe/Berlin',
        hint: prefs.chosenTimezone ? 'Leave out the zone to use your profile\'s.' : `Without a zone it follows ${zone}.`,
        initial: digest,
      },
      { name: 'size', label: 'Jobs per digest (1–10)', kind: 'text', required: true, placeholder: String(config.digest.defaultSize), initial: String(prefs.digestSize) },
      { name: 'where', label: 'Where you want to work', kind: 'text', required: false, placeholder: 'Berlin, Lisbon or remote', initial: locationsText(profile) },
      { name: 'salary', label: 'Salary floor (yearly)', kind: 'text', required: false, placeholder: '90k EUR', initial: profile?.salaryFloor ? formatMoney(profile.salaryFloor, profile.salaryCurrency) : undefined },
      { name: 'avoid', label: 'Titles to avoid', kind: 'text', required: false, placeholder: 'Manager, Sales, Intern', initial: prefs.avoidTitles.join(', ') || undefined },
    ],
  });
}

const ON_OFF = ['on', 'off'] as const;

async function weeklyReportReply(ctx: CommandContext, on: boolean): Promise<Reply> {
  await setWeeklyReport(ctx.services, ctx.person.id, on);
  const text = on
    ? 'The weekly report is on: each Monday at your digest time, one DM with last week\'s numbers, your funnel chart and what stands out.'
    : 'The weekly report is off.';
  return ui.message([ui.section(text), weeklyReportButton(on)]);
}

const weeklyReportButton = (on: boolean) => ui.actions([ui.button(on ? 'Turn off the weekly report' : 'Turn on the weekly report', 'prefs.weekly', on ? 'off' : 'on')]);

export const prefs = defineCommand({
  name: 'prefs',
  summary: 'Your daily digest, where you want to work, salary floor, titles to avoid (opens a form); weekly on|off for the Monday report',
  usage: '/job prefs [weekly on|off]',
  options: [{ name: 'weekly', description: 'The Monday report with your numbers and a chart: on or off', type: 'string', required: false, choices: ON_OFF }],
  // Typed, the option's name comes first: "/job prefs weekly on", as Discord shows it.
  parseText: (args) => {
    const value = args.trim().replace(/^weekly\b\s*/i, '');
    return value ? { weekly: value.toLowerCase() } : {};
  },
  opensForm: (raw) => raw.weekly === undefined,
  schema: z.object({ weekly: z.enum(ON_OFF, { message: 'must be on or off' }).optional() }),
  run: (ctx, { weekly }) => (weekly ? weeklyReportReply(ctx, weekly === 'on') : openPrefsForm(ctx)),
});

/** The button under saved preferences and under a weekly-report change. */
export const weeklyReportAction: ActionDefinition = {
  action: 'prefs.weekly',
  run: (ctx, value) => weeklyReportReply(ctx, value === 'on'),
};

export const prefsForm: FormDefinition = {
  id: 'prefs',
  open: (ctx) => openPrefsForm(ctx),
  async submit(ctx, _context, values) {
    const { config } = ctx.services;
    const fields = new FieldReader(values);
    const digest = fields.requiredParse('digest', 'Daily digest', parseDigestSetting);
    const size = fields.requiredParse('size', 'Jobs per digest', (raw) => {
      const value = readWholeNumber(raw);
      if (value === null || value < 1 || value > 10) throw new UserError('bad_size', 'Jobs per digest must be a whole number from 1 to 10, e.g. 5.');
      return value;
    });
    const whereText = fields.optional('where', 'Where you want to work');
    const salary = fields.parse('salary', (raw) => parseMoney(raw, 'salary floor'));
    const avoid = fields.parse('avoid', (raw) => {
      const titles = raw.split(',').map((title) => title.trim()).filter(Boolean);
      if (titles.length > MAX_AVOID) throw new UserError('too_many', `List at most ${MAX_AVOID} titles to avoid, separated by commas.`);
      return titles;
    });
    if (!fields.ok || !digest || size === null) return { ok: false, errors: fields.errors };
    const current = await getPreferences(ctx.services.db, config, ctx.person.id);
    const input = {
      digestEnabled: digest.enabled,
      digestTime: digest.time ?? current.digestTime,
      // "off" keeps the zone chosen before; a time without a zone goes back to the profile's.
      timezone: digest.enabled ? digest.zone : current.chosenTimezone,
      digestSize: size,
      avoidTitles: avoid ?? [],
      where: whereText ? parseLocations(whereText) : null,
      salaryFloor: salary,
    };
    await savePreferences(ctx.services, ctx.person.id, input);
    const zone = digestZone({ chosenTimezone: input.timezone }, ctx.person, config);
    return {
      ok: true,
      reply: ui.message([
        ui.header('Your preferences are saved'),
        ui.fields([
          { label: 'Daily digest', value: input.digestEnabled ? `${input.digestTime} ${zone}, up to ${size} jobs` : 'off' },
          { label: 'Where', value: whereText ?? 'anywhere' },
          ...(salary ? [{ label: 'Salary floor', value: formatMoney(salary.amount, salary.currency) }] : []),
          ...(input.avoidTitles.length ? [{ label: 'Never show', value: input.avoidTitles.join(', ') }] : []),
          { label: 'Weekly report', value: current.weeklyReport ? 'on, Mondays at your digest time' : 'off' },
        ]),
        weeklyReportButton(current.weeklyReport),
        ui.context('See today\'s picks with /job recs, or the digest now with /job digest now.'),
      ]),
    };
  },
};
