import { getApplication } from '../../domain/ats/applications.js';
import { logInterview } from '../../domain/ats/interviews.js';
import { stateLabel, type State } from '../../domain/ats/lifecycle.js';
import { loadWhen } from './loadWhen.js';
import { planReminders } from '../../domain/reminders/interviewReminderPlan.js';
import { UserError } from '../../domain/errors.js';
import { INTERVIEW_KINDS, type InterviewKind } from '../../models/interviews.js';
import { ui } from '../ui.js';
import { applicationActions } from '../views/applicationCard.js';
import { applicationTitle, formatRelative, formatWhen, zoneOf } from '../views/format.js';
import { FieldReader } from './formValues.js';
import { ID_OPTION, idOnly, parseSeq } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext, type FormDefinition } from './types.js';
import { readWholeNumber } from '../../domain/wholeNumbers.js';

const MAX_DURATION_MINUTES = 8 * 60;

async function openInterviewForm(ctx: CommandContext, seq: number) {
  const { job } = await getApplication(ctx.services.db, ctx.person.id, seq);
  return ui.form({
    id: 'interview',
    context: String(seq),
    title: `Interview · #${seq} ${job.company}`.slice(0, 45),
    submitLabel: 'Log interview',
    fields: [
      { name: 'kind', label: 'Type', kind: 'select', required: true, initial: 'video', options: INTERVIEW_KINDS.map((kind) => ({ value: kind, label: kind })) },
      { name: 'when', label: 'When', kind: 'text', required: true, placeholder: 'tomorrow 14:00', hint: `Your time zone is ${zoneOf(ctx.services, ctx.person)}; add another at the end, e.g. "Europe/Berlin".` },
      { name: 'duration', label: 'Duration (minutes)', kind: 'text', required: false, initial: String(ctx.services.config.interviews.defaultDurationMinutes) },
      { name: 'interviewers', label: 'Interviewers', kind: 'text', required: false, placeholder: 'Ada Lovelace, Grace Hopper' },
      { name: 'location', label: 'Location or link', kind: 'text', required: false, placeholder: 'https://meet.example.com/abc' },
    ],
  });
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
    const { parseWhen } = await loadWhen();
    const seq = parseSeq(context);
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
    const result = await logInterview(ctx.services, ctx.person.id, seq, {
      kind,
      startsAt: when.at,
      timezone: when.zone,
      durationMinutes: duration ?? ctx.services.config.interviews.defaultDurationMinutes,
      interviewers,
      location,
    });
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
