import type { SequenceView, StepEmail, StepState } from '../../domain/followups/sequences.js';
import { STRATEGY_LABELS, type Strategy } from '../../domain/followups/sequencePlan.js';
import { ui, type Block, type Reply } from '../ui.js';
import { applicationTitle, formatWhen } from './format.js';

const STOPPED: Record<string, string> = {
  replied: 'stopped: they replied',
  moved: 'stopped: the application moved on',
  asked: 'stopped by you',
  finished: 'finished: every step has been drafted or sent',
};

function stepLine(step: StepState, zone: string, now: Date, stopped: boolean): string {
  const when = `Day ${step.days} (${formatWhen(step.dueAt, zone)})`;
  const email = step.email;
  if (email) {
    const said: Record<string, string> = { sent: `sent${email.automatic ? ' automatically' : ''}`, draft: 'drafted, waiting for your Send', queued: 'sending', sending: 'sending', failed: `not sent: ${email.lastError ?? 'refused'}`, discarded: 'skipped', uncertain: 'may have gone out when Jobscout stopped: see your DM' };
    return `${when}: ${said[email.status] ?? email.status}`;
  }
  if (stopped) return `${when}: —`;
  return `${when}: ${step.dueAt <= now ? 'missed' : 'to come'}`;
}

/** `/job sequence <id>`: the plan, each step's state, and what can be done about it. */
export function sequenceReply(view: SequenceView, zone: string, now: Date): Reply {
  const seq = String(view.application.seq);
  const blocks: Block[] = [ui.header(`Follow-up sequence · ${applicationTitle(view.application.seq, view.job)}`.slice(0, 150))];
  const { sequence } = view;
  if (!sequence) {
    blocks.push(ui.section('No sequence yet. A sequence drafts a follow-up 3, 7 and 14 days after applying (or on the days you choose); you approve each with Send, or let it send on its own. It stops on a reply, when the application moves on, or when you say stop.'));
    blocks.push(ui.actions([ui.button('Start sequence', 'seq.start', seq, 'primary'), ui.button('Choose the days…', 'seq.change', seq)]));
    return ui.message(blocks);
  }
  const stopped = sequence.stoppedAt !== null;
  const mode = sequence.automatic ? 'automatic: each step is sent on its own' : 'each step is a draft you approve with Send';
  blocks.push(ui.section(`${STRATEGY_LABELS[sequence.strategy as Strategy] ?? sequence.strategy} · ${mode}${stopped ? ` · ${STOPPED[sequence.stopReason ?? ''] ?? 'stopped'}` : ''}`));
  blocks.push(ui.list(view.steps.map((step) => stepLine(step, zone, now, stopped))));
  const buttons = stopped
    ? [ui.button('Start again', 'seq.start', seq, 'primary'), ui.button('Change…', 'seq.change', seq)]
    : [ui.button('Change…', 'seq.change', seq), ui.button('Stop', 'seq.stop', seq, 'danger')];
  blocks.push(ui.actions(buttons));
  if (sequence.automatic && !stopped) blocks.push(ui.context('Automatic: Jobscout sends these from your connected email without asking. Stop ends it at once.'));
  return ui.message(blocks);
}

export const stepPlace = (step: Pick<StepEmail, 'index' | 'count'>) => (step.index >= 0 ? `step ${step.index + 1} of ${step.count}` : 'a step');

/** The DM for an automatic step, as it goes out: clearly labelled, with Stop. */
export function automaticStepReply(step: StepEmail): Reply {
  const seq = String(step.application.seq);
  const { email } = step;
  return ui.message(
    [
      ui.header(`Automatic follow-up · ${applicationTitle(step.application.seq, step.job)}`.slice(0, 150)),
      ui.section(`Sending your day-${step.days} follow-up (${stepPlace(step)}) to ${email.toAddress}: "${email.subject}".`),
      ui.context('Automatic: you set this sequence to send on its own. Stop ends it; nothing more will go out.'),
      ui.actions([ui.button('Stop sequence', 'seq.stop', seq, 'danger'), ui.button('They replied', 'fu.replied', seq)]),
    ],
    { ephemeral: false },
  );
}
