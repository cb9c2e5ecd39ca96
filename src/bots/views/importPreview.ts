import type { ImportPreview } from '../../domain/portability/importPlan.js';
import { stateLabel } from '../../domain/ats/lifecycle.js';
import { ui, type Block } from '../ui.js';

// A preview names this many rows of each kind; the counts say the rest.
const SHOWN = 10;

const rowLine = (row: ImportPreview['fresh'][number]) => {
  const last = row.moves.at(-1)!;
  return `Line ${row.line}: ${row.title} at ${row.company} — ${stateLabel(last.state).toLowerCase()} ${last.at.toISOString().slice(0, 10)}`;
};
const more = (count: number) => (count > SHOWN ? [ui.context(`and ${count - SHOWN} more`)] : []);

/** What an import would do: new, known and unreadable rows, and *Import* when there is anything to add. */
export function importPreviewBlocks(preview: ImportPreview): Block[] {
  const { fresh, alreadyTracked, problems } = preview;
  const counts = `${fresh.length} new, ${alreadyTracked.length} already tracked, ${problems.length} bad row${problems.length === 1 ? '' : 's'}`;
  const blocks: Block[] = [ui.header('Import preview'), ui.section(`${counts} (read as ${preview.layout}). Nothing is stored until you press Import.`)];
  if (fresh.length) blocks.push(ui.section('New'), ui.list(fresh.slice(0, SHOWN).map(rowLine)), ...more(fresh.length));
  if (alreadyTracked.length) blocks.push(ui.section('Already tracked (left as they are)'), ui.list(alreadyTracked.slice(0, SHOWN).map(rowLine)), ...more(alreadyTracked.length));
  if (problems.length) blocks.push(ui.section('Not readable'), ui.list(problems.slice(0, SHOWN).map((problem) => `Line ${problem.line}: ${problem.problem}`)), ...more(problems.length));
  if (preview.pendingId !== null) blocks.push(ui.actions([ui.button(`Import ${fresh.length}`, 'data.import', String(preview.pendingId), 'primary')]));
  else blocks.push(ui.context('Nothing new to import.'));
  return blocks;
}
