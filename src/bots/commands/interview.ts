import { getApplication } from '../../domain/ats/applications.js';
import { DateTime } from 'luxon';
import { logInterview, type InterviewInput } from '../../domain/ats/interviews.js';
import { stateLabel, type State } from '../../domain/ats/lifecycle.js';
import { loadWhen } from './loadWhen.js';
import { planReminders } from '../../domain/reminders/interviewReminderPlan.js';
import { UserError } from '../../domain/errors.js';
import { INTERVIEW_KINDS, type InterviewKind, type InterviewRow } from '../../models/interviews.js';
import { ui, type FormField } from '../ui.js';
import { applicationActions } from '../views/applicationCard.js';
import { applicationTitle, formatRelative, formatWhen, zoneOf } from '../views/format.js';
import { FieldReader } from './formValues.js';
import { ID_OPTION, idOnly, parseSeq } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext, type FormDefinition } from './types.js';
import { readWholeNumber } from '../../domain/wholeNumbers.js';

const MAX_DURATION_MINUTES = 8 * 60;

/** The interview form's fields, filled in with `current` when editing one. */
export function interviewFields(ctx: CommandContext, current?: InterviewRow): FormField[] {
  const zone = current?.timezone ?? zoneOf(ctx.services, ctx.person);
  return [
    { name: 'kind', label: 'Type', kind: 'select', required: true, initial: current?.kind ?? 'video', options: INTERVIEW_KINDS.map((kind) => ({ value: kind, label: kind })) },
    {
      name: 'when',
      label: 'When',
      kind: 'text',
      required: true,
      placeholder: 'tomorrow 14:00',
      initial: current ? `${DateTime.fromJSDate(current.startsAt, { zone }).toFormat('yyyy-MM-dd HH:mm')} ${zone}` : undefined,
      hint: `Your time zone is ${zoneOf(ctx.services, ctx.person)}; add another at the end, e.g. "Europe/Berlin".`,
    },
    { name: 'duration', label: 'Duration (minutes)', kind: 'text', required: false, initial: String(current?.durationMinutes ?? ctx.services.config.interviews.defaultDurationMinutes) },
    { name: 'interviewers', label: 'Interviewers', kind: 'text', required: false, placeholder: 'Ada Lovelace <ada@acme.com>, Grace Hopper', initial: current?.interviewers ?? undefined },
    { name: 'location', label: 'Location or link', kind: 'text', required: false, placeholder: 'https://meet.example.com/abc', initial: current?.location ?? undefined },
  ];
}

async function openInterviewForm(ctx: CommandContext, seq: number) {
  const { job } = await getApplication(ctx.services.db, ctx.person.id, seq);
  return ui.form({
    id: 'interview',
    context: String(seq),
    title: `Interview · #${seq} ${job.company}`.slice(0, 45),
    submitLabel: 'Log interview',
    fields: interviewFields(ctx),
  });
}

/** Reads the interview form: the interview, or a message per bad field. */
export async function readInterviewForm(ctx: CommandContext, values: Record<string, string>): Promise<{ ok: true; input: InterviewInput } | { ok: false; errors: Record<string, string> }> {
  const { parseWhen } = await loadWhen();
  const now = ctx.services.clock();
  const fields = new FieldReader(values);
  const kind = fields.requiredParse('kind', 'Type', (raw) => {
    const value = raw.toLowerCase();
    if (!(INTERVIEW_KINDS as readonly string[]).includes(value)) {
      throw new UserError('bad_kind', `Type must be one of: ${INTERVIEW_KINDS.join(', ')}.`);
    }
    return value as InterviewKind;
  });
  const when = fields.requiredParse('when', 'When', (raw) => parseWhen(raw, zoneOf(ctx.services, ctx.person), now));
  const duration = fields.parse('duration', (raw) => {
    const minutes = readWholeNumber(raw);
    if (minutes === null || minutes < 5 || minutes > MAX_DURATION_MINUTES) {
      throw new UserError('bad_duration', `Duration must be whole minutes between 5 and ${MAX_DURATION_MINUTES}, e.g. 45.`);
    }
    return minutes;
  });
  const interviewers = fields.optional('interviewers', 'Interviewers');
  const location = fields.optional('location', 'Location or link');
  if (!fields.ok || !kind || !when) return { ok: false, errors: fields.errors };
  return {
    ok: true,
    input: { kind, startsAt: when.at, timezone: when.zone, durationMinutes: duration ?? ctx.services.config.interviews.defaultDurationMinutes, interviewers, location },
  };
}

export const logInterviewCommand = defineCommand({
  name: 'log',
  summary: 'Log an interview (opens a form)',
  usage: '/job interview <id>',
  opensForm: true,
  options: [ID_OPTION],
  schema: idOnly,
  run: (ctx, options) => openInterviewForm(ctx, options.id),
});

export const interviewAction: ActionDefinition = {
  action: 'app.interview',
  opensForm: true,
  run: (ctx, value) => openInterviewForm(ctx, parseSeq(value)),
};

export const interviewForm: FormDefinition = {
  id: 'interview',
  open: (ctx, context) => openInterviewForm(ctx, parseSeq(context)),
  async submit(ctx, context, values) {
    const seq = parseSeq(context);
    const now = ctx.services.clock();
    const read = await readInterviewForm(ctx, values);
    if (!read.ok) return read;
    const result = await logInterview(ctx.services, ctx.person.id, seq, read.input);
    const { interview: row, application, job } = result;
    const lines = [`Logged interview ${seq}.${row.seq}: ${row.kind}, ${formatWhen(row.startsAt, row.timezone)} (${formatRelative(row.startsAt, now)}), ${row.durationMinutes} min.`];
    if (result.movedFrom) lines.push(`Moved #${seq} from ${result.movedFrom} to ${stateLabel('interviewing').toLowerCase()}.`);
    const fieldsBlock = [
      ...(row.interviewers ? [{ label: 'Interviewers', value: row.interviewers }] : []),
      ...(row.location ? [{ label: 'Where', value: row.location }] : []),
    ];
    return {
      ok: true,
      reply: ui.message([
        ui.header(applicationTitle(seq, job)),
        ui.section(lines.join('\n')),
        ...(fieldsBlock.length ? [ui.fields(fieldsBlock)] : []),
        ui.context(`${remindersLine(row.startsAt, ctx.services.config.reminders.interviewOffsetsMinutes, now)} Reschedule with /job reschedule ${seq}.${row.seq} <when>.`),
        ...applicationActions(seq, application.state as State),
      ]),
    };
  },
};

/** Says which reminders will actually come: none for an interview that is past or about to start. */
function remindersLine(startsAt: Date, offsets: readonly number[], now: Date): string {
  const planned = planReminders(startsAt, offsets, now);
  return planned.length ? `Reminders: ${planned.map((reminder) => formatOffset(reminder.offsetMinutes)).join(', ')} before.` : 'No reminders: it is too soon.';
}

export function formatOffset(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}
