import type { BoardRow } from '../../models/boards.js';
import type { JobRow } from '../../models/jobs.js';
import { ui, type Reply } from '../ui.js';
import { formatSalary } from './format.js';

/** The DM about a new posting on a watched board, with a button to start tracking it. */
export function boardPostingReply(board: BoardRow, job: JobRow): Reply {
  const fields = [
    ...(job.location || job.workMode ? [{ label: 'Location', value: [job.location, job.workMode].filter(Boolean).join(' · ') }] : []),
    ...(formatSalary(job) ? [{ label: 'Salary', value: formatSalary(job)! }] : []),
    ...(job.url ? [{ label: 'Link', value: job.url }] : []),
  ];
  return ui.message(
    [
      ui.section(`New on ${board.name}'s ${board.source} board: ${job.title}`),
      ...(fields.length ? [ui.fields(fields)] : []),
      ui.actions([ui.button('Save to my pipeline', 'job.track', String(job.id), 'primary')]),
      ui.context(`You watch ${board.source}:${board.token}. Stop with /job unwatch ${board.source}:${board.token}.`),
    ],
    { ephemeral: false },
  );
}
