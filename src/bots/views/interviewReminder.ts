import type { InterviewRow } from '../../models/interviews.js';
import type { JobRow } from '../../models/jobs.js';
import { ui, type Reply } from '../ui.js';
import { applicationTitle, formatRelative, formatWhen } from './format.js';

/** The DM a person gets before an interview, with the interview as an .ics file to add to any calendar. */
export function interviewReminderReply(seq: number, job: JobRow, interview: InterviewRow, now: Date, ics?: Buffer): Reply {
  const fields = [{ label: 'When', value: formatWhen(interview.startsAt, interview.timezone) }];
  if (interview.location) fields.push({ label: 'Where', value: interview.location });
  if (interview.interviewers) fields.push({ label: 'With', value: interview.interviewers });
  return ui.message(
    [
      ui.section(`⏰ Reminder: your ${interview.kind} interview for #${seq} is ${formatRelative(interview.startsAt, now)}.`),
      ui.header(applicationTitle(seq, job)),
      ui.fields(fields),
      ui.actions([ui.button('Show application', 'app.show', String(seq)), ui.button('Timeline', 'app.timeline', String(seq))]),
    ],
    {
      ephemeral: false,
      ...(ics ? { files: [{ name: `interview-${seq}.${interview.seq}.ics`, title: `Add to calendar: interview ${seq}.${interview.seq}`, data: ics }] } : {}),
    },
  );
}
