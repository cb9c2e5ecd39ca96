import { add, addAction, addJobForm, saveLinkAction } from './add.js';
import { helpCommand } from './help.js';
import { interview, interviewAction, interviewForm } from './interview.js';
import { list, listAction } from './list.js';
import { pipeline } from './pipeline.js';
import { fit } from './fit.js';
import { trackAction, unwatch, watch, watching } from './watch.js';
import { profile, profileForm } from './profile.js';
import { prefs, prefsForm, weeklyReportAction } from './prefs.js';
import { notForMeForm, recommendationActions, recs, similar } from './recs.js';
import { digest } from './digest.js';
import { followupActions } from './followups.js';
import { moveAction, moveCommand } from './move.js';
import { negotiate, negotiateForm } from './negotiate.js';
import { note, noteAction, noteForm } from './note.js';
import { offer, offerAction, offerForm } from './offer.js';
import { cancel, outcome } from './outcome.js';
import { reschedule } from './reschedule.js';
import { show, showApplication } from './show.js';
import { chartsAction, stats } from './stats.js';
import { data, importAction, importCsvForm } from './data.js';
import { timeline, timelineAction } from './timeline.js';
import { parseSeq } from './options.js';
import type { ActionDefinition, CommandDefinition, CommandGroup, FormDefinition } from './types.js';

// Options are checked by each command's own zod schema at dispatch, so the list can be loose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDefinition<any>;

/** Every `/job` subcommand, in the order help lists them. Adding a feature means adding here once. */
export const COMMANDS: AnyCommand[] = [add, list, pipeline, show, moveCommand, interview, reschedule, outcome, cancel, offer, negotiate, note, timeline, profile, fit, prefs, recs, similar, digest, watch, unwatch, watching];

/** Areas with several commands, under one word each (see CommandGroup). */
export const GROUPS: CommandGroup[] = [stats, data];

COMMANDS.push(helpCommand(() => COMMANDS as CommandDefinition<never>[], () => GROUPS));

export const ACTIONS: ActionDefinition[] = [
  addAction,
  saveLinkAction,
  trackAction,
  listAction,
  moveAction,
  interviewAction,
  offerAction,
  noteAction,
  timelineAction,
  chartsAction,
  importAction,
  weeklyReportAction,
  { action: 'app.show', run: (ctx, value) => showApplication(ctx, parseSeq(value)) },
  ...recommendationActions,
  ...followupActions,
];

export const FORMS: FormDefinition[] = [addJobForm, profileForm, interviewForm, offerForm, negotiateForm, noteForm, prefsForm, notForMeForm, importCsvForm];

/** A command by its name, or a grouped one by "group command" ("stats summary"). */
export function findCommand(name: string): AnyCommand | undefined {
  const [first, second] = name.toLowerCase().trim().split(/\s+/);
  if (second !== undefined) return findGroup(first!)?.commands.find((command) => command.name === second);
  return COMMANDS.find((command) => command.name === first);
}

export function findGroup(name: string): CommandGroup | undefined {
  return GROUPS.find((group) => group.name === name.toLowerCase());
}
