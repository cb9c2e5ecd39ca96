import type { WeightsInUse } from '../../domain/analytics/fitWeightVersions.js';
import { FIT_PARTS, type FitWeights } from '../../domain/analytics/weightLearning.js';
import type { FitWeightVersionRow, PredictionQuality } from '../../models/fitWeightVersions.js';
import { ui, type Block } from '../ui.js';

const PART_NAME: Record<keyof FitWeights, string> = { skills: 'Skills', experience: 'Experience', culture: 'Culture fit', growth: 'Growth', compensation: 'Compensation' };
const two = (value: number) => value.toFixed(2);
const quality = (q: PredictionQuality) => `precision ${two(q.precision)}, recall ${two(q.recall)}, F1 ${two(q.f1)}`;

function change(previous: FitWeights, next: FitWeights): string {
  const moved = FIT_PARTS.filter((part) => previous[part] !== next[part]).map((part) => `${PART_NAME[part].toLowerCase()} ${previous[part]}% → ${next[part]}%`);
  return moved.length ? moved.join(', ') : 'no weight moved';
}

function versionLine(version: FitWeightVersionRow): string {
  const day = version.createdAt.toISOString().slice(0, 10);
  const verdict = version.kept ? 'kept' : version.after.f1 < version.before.f1 ? 'not kept: F1 would have dropped' : 'not kept: too few held-out outcomes, answered and not, to judge it yet';
  return `${day}, after ${version.trigger}: ${change(version.previous, version.weights)} — ${verdict} (held-out F1 ${two(version.before.f1)} → ${two(version.after.f1)} on ${version.after.heldOut})`;
}

/** `/job stats model`: the weights in use, where they come from, what changed and why, and how well they predict. */
export function fitModelBlocks(inUse: WeightsInUse, defaults: FitWeights, history: FitWeightVersionRow[], options: { everyOutcomes: number; threshold: number; outcomes: number }): Block[] {
  const source = {
    yours: 'learned from your own outcomes',
    everyone: "learned from everyone's outcomes together (yours are too few yet)",
    defaults: 'the defaults: nothing learned yet',
  }[inUse.source];
  const blocks: Block[] = [
    ui.header('How your fit scores are weighted'),
    ui.section(`The weights in use are ${source}.`),
    ui.list(FIT_PARTS.map((part) => `${PART_NAME[part]}: ${inUse.weights[part]}%${inUse.weights[part] === defaults[part] ? '' : ` (default ${defaults[part]}%)`}`)),
  ];
  if (inUse.version) {
    blocks.push(ui.section(`How well they predict an answer ("fit ${options.threshold} or more means an answer", on outcomes held out from learning): ${quality(inUse.version.after)}; before this version, ${quality(inUse.version.before)}.`));
  }
  if (history.length) blocks.push(ui.section('Versions tried for you'), ui.list(history.map(versionLine)));
  const next = options.everyOutcomes - (options.outcomes - (history[0]?.outcomes ?? 0));
  blocks.push(ui.context(`You have ${options.outcomes} outcome${options.outcomes === 1 ? '' : 's'} (answered, rejected or no answer) on jobs applied to with a profile. The weights are re-fitted every ${options.everyOutcomes}; next after ${Math.max(next, 0)} more. A new version is kept only if it predicts held-out outcomes at least as well.`));
  return blocks;
}
