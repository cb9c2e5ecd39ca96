import { z } from 'zod';
import { parseSteps, STRATEGIES, STRATEGY_LABELS, type Strategy } from '../../domain/followups/sequencePlan.js';
import { sequenceOf, setSequence, stopSequenceAsked } from '../../domain/followups/sequences.js';
import { isUserError } from '../../domain/errors.js';
import { ui, type Reply } from '../ui.js';
import { zoneOf } from '../views/format.js';
import { sequenceReply } from '../views/sequence.js';
import { ID_OPTION, applicationId, parseSeq } from './options.js';
import { defineCommand, type ActionDefinition, type CommandContext, type FormDefinition } from './types.js';

const SEQUENCE_ACTIONS = ['start', 'stop', 'change'] as const;
const MODES = ['approve', 'automatic'] as const;

async function show(ctx: CommandContext, seq: number, replacesSource = false): Promise<Reply> {
  const view = await sequenceOf(ctx.services, ctx.person, seq);
  const reply = sequenceReply(view, zoneOf(ctx.services, ctx.person), ctx.services.clock());
  return replacesSource && reply.kind === 'message' ? { ...reply, replacesSource: true } : reply;
}

async function openChangeForm(ctx: CommandContext, seq: number): Promise<Reply> {
  const { sequence, job } = await sequenceOf(ctx.services, ctx.person, seq);
  return ui.form({
    id: 'sequence',
    context: String(seq),
    title: `Follow-up sequence · #${seq} ${job.company}`.slice(0, 45),
    submitLabel: 'Save',
    fields: [
      { name: 'strategy', label: 'Timing', kind: 'select', required: true, initial: sequence?.strategy ?? 'fixed', options: STRATEGIES.map((value) => ({ value, label: STRATEGY_LABELS[value] })) },
      { name: 'steps', label: 'Days after applying', kind: 'text', required: true, initial: (sequence?.steps ?? [3, 7, 14]).join(', '), hint: 'e.g. 3, 7, 14; with backoff, the first day and how many: 3, 6, 12' },
      { name: 'mode', label: 'Sending', kind: 'select', required: true, initial: sequence?.automatic ? 'automatic' : 'approve', options: [
        { value: 'approve', label: 'Draft each; I press Send' },
        { value: 'automatic', label: 'Send on its own (automatic)' },
      ] },
    ],
  });
}

export const sequenceCommand = defineCommand({
  name: 'sequence',
  summary: 'Follow-up emails 3, 7 and 14 days after applying: show, start, change or stop',
  usage: '/job sequence <id> [start|stop|change]',
  opensForm: (raw) => String(raw.action ?? '').toLowerCase() === 'change',
  options: [ID_OPTION, { name: 'action', description: 'start, stop, or change (opens a form)', type: 'string', required: false, choices: SEQUENCE_ACTIONS }],
  schema: z.object({
    id: applicationId,
    action: z.preprocess((value) => (typeof value === 'string' ? value.toLowerCase() : value), z.enum(SEQUENCE_ACTIONS, { message: 'must be start, stop or change' }).optional()),
  }),
  async run(ctx, options) {
    if (options.action === 'change') return openChangeForm(ctx, options.id);
    if (options.action === 'start') await setSequence(ctx.services, ctx.person, options.id);
    if (options.action === 'stop') await stopSequenceAsked(ctx.services, ctx.person, options.id);
    return show(ctx, options.id);
  },
});

export const sequenceForm: FormDefinition = {
  id: 'sequence',
  open: (ctx, context) => openChangeForm(ctx, parseSeq(context)),
  async submit(ctx, context, values) {
    const seq = parseSeq(context);
    const strategy = (STRATEGIES as readonly string[]).includes(values.strategy ?? '') ? (values.strategy as Strategy) : null;
    const mode = (MODES as readonly string[]).includes(values.mode ?? '') ? values.mode : null;
    const errors: Record<string, string> = {};
    if (!strategy) errors.strategy = `Timing is one of: ${STRATEGIES.join(', ')}.`;
    if (!mode) errors.mode = 'Sending is approve or automatic.';
    let steps: number[] | null = null;
    try {
      steps = parseSteps(values.steps ?? '', strategy ?? 'fixed');
    } catch (error) {
      if (!isUserError(error)) throw error;
      errors.steps = error.message;
    }
    if (Object.keys(errors).length) return { ok: false, errors };
    await setSequence(ctx.services, ctx.person, seq, { strategy: strategy!, steps: steps!, automatic: mode === 'automatic' });
    return { ok: true, reply: await show(ctx, seq) };
  },
};

export const sequenceActions: ActionDefinition[] = [
  {
    action: 'seq.start',
    async run(ctx, value) {
      await setSequence(ctx.services, ctx.person, parseSeq(value));
      return show(ctx, parseSeq(value), true);
    },
  },
  {
    action: 'seq.stop',
    async run(ctx, value) {
      const { stopped } = await stopSequenceAsked(ctx.services, ctx.person, parseSeq(value));
      const reply = await show(ctx, parseSeq(value));
      if (reply.kind !== 'message') return reply;
      return { ...reply, blocks: [ui.section(stopped ? 'Sequence stopped: nothing more will go out.' : 'This sequence was not running.'), ...reply.blocks], replacesSource: true };
    },
  },
  { action: 'seq.change', opensForm: true, run: (ctx, value) => openChangeForm(ctx, parseSeq(value)) },
];
