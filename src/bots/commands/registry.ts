import { add, addAction, addJobForm, saveLinkAction } from './add.js';
import { helpCommand } from './help.js';
import { interviewAction, interviewForm, logInterviewCommand } from './interview.js';
import { deleteInterviewCommand, editInterviewCommand, editInterviewForm } from './interviewEdit.js';
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
import { noteAction, noteEditForm, noteForm, notesGroup } from './note.js';
import { logOfferCommand, offerAction, offerForm } from './offer.js';
import { offersCommand } from './offers.js';
import { editOfferCommand, editOfferForm } from './offerEdit.js';
import { cancel, outcome } from './outcome.js';
import { reschedule } from './reschedule.js';
import { show, showApplication } from './show.js';
import { deadline } from './deadline.js';
import { calendar } from './calendar.js';
import { edit, editJobForm } from './edit.js';
import { chartsAction, stats } from './stats.js';
import { data, importAction, importCsvForm } from './data.js';
import { timeline, timelineAction } from './timeline.js';
import { parseSeq } from './options.js';
import { sequenceActions, sequenceCommand, sequenceForm } from './sequence.js';
import { draftActions, draftCommand, emailEditForm, letterCommand } from './draft.js';
import { templateCommand, templateForm, templatesCommand } from './templates.js';
import { contactAction, contactForm, contactsGroup } from './contact.js';
import { emailConnectForm, emailGroup, emailImapForm } from './email.js';
import type { ActionDefinition, CommandDefinition, CommandGroup, FormDefinition } from './types.js';

// Options are checked by each command's own zod schema at dispatch, so the list can be loose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDefinition<any>;

/** Every `/job` subcommand, in the order help lists them. Adding a feature means adding here once. */
export const COMMANDS: AnyCommand[] = [add, list, pipeline, show, edit, moveCommand, deadline, timeline, prefs, digest, letterCommand];

// Discord allows 25 subcommands and groups under /job: interviews and offers are areas of their own.
const interviews: CommandGroup = { name: 'interview', summary: 'Interviews: log, move, record how they went', commands: [logInterviewCommand, reschedule, outcome, cancel, editInterviewCommand, deleteInterviewCommand] };
const offers: CommandGroup = { name: 'offer', summary: 'Offers and their negotiation', commands: [logOfferCommand, negotiate, editOfferCommand, offersCommand] };
const boards: CommandGroup = { name: 'boards', summary: "Companies' job boards you watch", commands: [watching, watch, unwatch] };
const recommendations: CommandGroup = { name: 'recs', summary: 'Jobs picked for you', commands: [recs, similar] };
// The profile and what is measured against it; `/job profile` opens the form, `/job fit 3` still works.
const profileGroup: CommandGroup = { name: 'profile', summary: 'Your profile, and how jobs fit it', commands: [profile, fit] };
const followups: CommandGroup = { name: 'followup', summary: 'Follow-up emails: drafts and your templates', commands: [draftCommand, sequenceCommand, templatesCommand, templateCommand] };

/** Areas with several commands, under one word each (see CommandGroup). */
export const GROUPS: CommandGroup[] = [profileGroup, interviews, offers, notesGroup, contactsGroup, followups, emailGroup, calendar, stats, data, boards, recommendations];

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
  ...draftActions,
  ...sequenceActions,
  contactAction,
];

export const FORMS: FormDefinition[] = [addJobForm, editJobForm, profileForm, interviewForm, editInterviewForm, offerForm, editOfferForm, negotiateForm, noteForm, noteEditForm, prefsForm, notForMeForm, importCsvForm, emailEditForm, templateForm, contactForm, emailConnectForm, emailImapForm, sequenceForm];

/**
 * A command by its name, or a grouped one by "group command" ("stats summary"). One word may
 * also name a group (its first command: "interview" is "interview log") or a grouped command
 * whose name is its own ("reschedule" is "interview reschedule").
 */
export function findCommand(name: string): AnyCommand | undefined {
  const [first = '', second] = name.toLowerCase().trim().split(/\s+/);
  if (second !== undefined) return findGroup(first)?.commands.find((command) => command.name === second);
  return COMMANDS.find((command) => command.name === first) ?? findGroup(first)?.commands[0] ?? onlyGroupedCommand(first) ?? aliasedCommand(first);
}

/** A grouped command by a word it was known by before it moved into its group ("offers" is "offer compare"). */
function aliasedCommand(word: string): AnyCommand | undefined {
  return GROUPS.flatMap((group) => group.commands).find((command) => command.aliases?.includes(word));
}

/** The grouped command called `name`, when only one group has a command by that name. */
export function onlyGroupedCommand(name: string): AnyCommand | undefined {
  const found = GROUPS.flatMap((group) => group.commands).filter((command) => command.name === name.toLowerCase() && !command.groupWordRequired);
  return found.length === 1 ? found[0] : undefined;
}

export function findGroup(name: string): CommandGroup | undefined {
  return GROUPS.find((group) => group.name === name.toLowerCase());
}

/** Every first word a typed line may start with: commands, groups, and grouped commands whose name is their own. */
export function typedCommandWords(): string[] {
  const grouped = GROUPS.flatMap((group) => group.commands.map((command) => command.name)).filter((name) => onlyGroupedCommand(name) && !findGroup(name) && !COMMANDS.some((command) => command.name === name));
  const aliases = GROUPS.flatMap((group) => group.commands.flatMap((command) => command.aliases ?? []));
  return [...new Set([...COMMANDS.map((command) => command.name), ...GROUPS.map((group) => group.name), ...grouped, ...aliases])].sort();
}
