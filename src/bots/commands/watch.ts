import { z } from 'zod';
import { trackJob } from '../../domain/ats/applications.js';
import { parseBoardRef, unwatchBoard, watchBoard, watchedBoards } from '../../domain/intake/boards.js';
import { UserError } from '../../domain/errors.js';
import { zoneOf } from '../views/format.js';
import { ui } from '../ui.js';
import { addedLead, applicationCard } from '../views/applicationCard.js';
import { optionalText } from './options.js';
import { defineCommand, type ActionDefinition } from './types.js';
import { readWholeNumber } from '../../domain/wholeNumbers.js';

const BOARD_OPTION = { name: 'board', description: 'system:company, e.g. greenhouse:acme', type: 'string' as const, required: true };

export const watch = defineCommand({
  name: 'watch',
  summary: "Hear about new postings on a company's board (greenhouse:, lever:, ashby:)",
  usage: '/job watch <system:company> [title words]',
  options: [BOARD_OPTION, { name: 'keywords', description: 'Only titles with all these words', type: 'string', required: false, rest: true }],
  schema: z.object({ board: z.string({ message: 'is missing' }), keywords: optionalText.pipe(z.string().max(100, 'is longer than 100 characters').optional()) }),
  async run(ctx, options) {
    const { board, open } = await watchBoard(ctx.services, ctx.person.id, parseBoardRef(options.board), options.keywords ?? null);
    const filter = options.keywords ? ` whose titles have "${options.keywords}"` : '';
    return ui.message([
      ui.section(`Watching ${board.name} on ${board.source}: ${open} open posting${open === 1 ? '' : 's'} now. You'll get a message about new ones${filter}.`),
      ui.context(`Checked every ${ctx.services.config.intake.boards.pollEveryHours} hours. Stop with /job unwatch ${board.source}:${board.token}.`),
    ]);
  },
});

export const unwatch = defineCommand({
  name: 'unwatch',
  summary: 'Stop hearing about a board',
  usage: '/job unwatch <system:company>',
  options: [BOARD_OPTION],
  schema: z.object({ board: z.string({ message: 'is missing' }) }),
  async run(ctx, options) {
    const ref = parseBoardRef(options.board);
    if (!(await unwatchBoard(ctx.services, ctx.person.id, ref))) throw new UserError('not_watching', `You aren't watching ${ref.source}:${ref.token}. See yours with /job watching.`);
    return ui.message([ui.section(`Stopped watching ${ref.source}:${ref.token}.`)]);
  },
});

export const watching = defineCommand({
  name: 'watching',
  summary: 'The boards you watch',
  usage: '/job watching',
  options: [],
  schema: z.object({}),
  async run(ctx) {
    const rows = await watchedBoards(ctx.services, ctx.person.id);
    if (!rows.length) return ui.message([ui.section("You aren't watching any boards. Start with /job watch greenhouse:<company>.")]);
    return ui.message([
      ui.header(`Boards you watch (${rows.length})`),
      ui.list(rows.map(({ board, keywords, open }) => `${board.name} — ${board.source}:${board.token}, ${open} open${keywords ? `, titles with "${keywords}"` : ''}`)),
    ]);
  },
});

/** "Save to my pipeline" under a new posting: the job id; the message becomes the new card. */
export const trackAction: ActionDefinition = {
  action: 'job.track',
  async run(ctx, value) {
    const jobId = readWholeNumber(value);
    if (!jobId) throw new UserError('bad_button', 'That button is out of date. Use /job add <link> to save the posting.');
    const view = await trackJob(ctx.services, ctx.person.id, jobId);
    return ui.message(applicationCard(view, addedLead(view), zoneOf(ctx.services, ctx.person)), { replacesSource: true });
  },
};
