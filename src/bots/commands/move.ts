import { z } from 'zod';
import { stateLabel } from '../../domain/ats/lifecycle.js';
import { moveApplication } from '../../domain/ats/transitions.js';
import { UserError } from '../../domain/errors.js';
import { zoneOf } from '../views/format.js';
import { ui, type Reply } from '../ui.js';
import { applicationCard } from '../views/applicationCard.js';
import { applicationId, ID_OPTION, optionalText, stateName } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext } from './types.js';
import type { State } from '../../domain/ats/lifecycle.js';

async function move(ctx: CommandContext, seq: number, to: State, reason?: string, fromCard = false): Promise<Reply> {
  const view = await moveApplication(ctx.services, {
    personId: ctx.person.id,
    seq,
    to,
    reason: reason ?? null,
    idempotencyKey: ctx.idempotencyKey ?? null,
  });
  return ui.message(applicationCard(view, `Moved #${seq} to ${stateLabel(to).toLowerCase()}.`, zoneOf(ctx.services, ctx.person)), { replacesSource: fromCard });
}

export const moveCommand = defineCommand({
  name: 'move',
  summary: 'Move an application to another state',
  usage: '/job move <id> <state> [reason]',
  options: [
    ID_OPTION,
    { name: 'state', description: 'New state', type: 'state', required: true },
    { name: 'reason', description: 'Why (optional)', type: 'string', required: false, rest: true },
  ],
  schema: z.object({ id: applicationId, state: stateName, reason: optionalText.pipe(z.string().max(500, 'is longer than 500 characters').optional()) }),
  run: (ctx, options) => move(ctx, options.id, options.state, options.reason),
});

/** Card button "Applied", "Screening", …: value "3:applied"; the card it was on shows the new state. */
export const moveAction: ActionDefinition = {
  action: 'app.move',
  run(ctx, value) {
    const [seq, state] = value.split(':');
    const parsed = z.object({ seq: applicationId, state: stateName }).safeParse({ seq, state });
    if (!parsed.success) throw new UserError('bad_button', 'That button is out of date. Use /job show <id> for a fresh card.');
    return move(ctx, parsed.data.seq, parsed.data.state, undefined, true);
  },
};
