import { isSoftSkill } from '../../domain/analysis/taxonomy.js';
import { TRANSITIONS, stateLabel, type State } from '../../domain/ats/lifecycle.js';
import type { ApplicationView } from '../../domain/ats/applications.js';
import { ui, type Block, type Field } from '../ui.js';
import { applicationTitle, formatSalary } from './format.js';
import { effectiveDeadline } from '../../domain/deadlines/effectiveDeadline.js';
import { formatDeadline } from '../../domain/deadlines/deadlineInstant.js';

// How many "move to" buttons a card offers; the rest are one /job move away.
const SUGGESTED_MOVES = 3;

/** Buttons for the likely next states, a menu with every other allowed move, then the tools every card has. */
export function applicationActions(seq: number, state: State): Block[] {
  const suggested: State[] = TRANSITIONS[state].filter((to) => to !== 'archived').slice(0, SUGGESTED_MOVES);
  const moves = suggested.map((to, index) => ui.button(stateLabel(to), 'app.move', `${seq}:${to}`, index === 0 ? 'primary' : to === 'rejected' ? 'danger' : 'default'));
  const others = TRANSITIONS[state].filter((to) => !suggested.includes(to));
  const tools = [
    ui.button('Log interview', 'app.interview', String(seq)),
    ui.button('Log offer', 'app.offer', String(seq)),
    ui.button('Add note', 'app.note', String(seq)),
    ui.button('Timeline', 'app.timeline', String(seq)),
  ];
  return [
    ...(moves.length ? [ui.actions(moves)] : []),
    ...(others.length ? [ui.select('app.move', 'Move to…', others.map((to) => ({ label: stateLabel(to), value: `${seq}:${to}` })))] : []),
    ui.actions(tools),
  ];
}

// How many skills a card names before "+N more".
const CARD_SKILLS = 5;

// Fewer soft skills: they are what nearly every posting asks, so they say less about the job.
const CARD_SOFT_SKILLS = 3;

/** The skills a posting asks for, required first: "TypeScript, Node.js, PostgreSQL +2 more". */
function skillsLine(skills: { name: string; required: boolean }[], max = CARD_SKILLS): string | null {
  if (!skills.length) return null;
  const ordered = [...skills.filter((skill) => skill.required), ...skills.filter((skill) => !skill.required)];
  const shown = ordered.slice(0, max).map((skill) => skill.name);
  return ordered.length > max ? `${shown.join(', ')} +${ordered.length - max} more` : shown.join(', ');
}

/** The first line after adding a job: a new short id, or the one the person already has for it. */
export function addedLead(view: { application: { seq: number }; alreadyTracked: boolean }): string {
  return view.alreadyTracked ? `You already track this job as #${view.application.seq}.` : `Saved #${view.application.seq}.`;
}

/** A full card for one application: what it is, where it stands, what to do next. */
export function applicationCard({ application, job, analysis }: ApplicationView, lead: string | undefined, zone: string): Block[] {
  const state = application.state as State;
  const fields: Field[] = [{ label: 'State', value: stateLabel(state) }];
  // "hybrid, 3 days a week in the office": the mode with what the posting says beyond it.
  const mode = job.workMode && job.workModeDetail ? `${job.workMode}, ${job.workModeDetail}` : job.workMode;
  if (job.location || mode) fields.push({ label: 'Location', value: [job.location, mode].filter(Boolean).join(' · ') });
  const deadline = effectiveDeadline(application, job, zone);
  if (deadline) fields.push({ label: deadline.source === 'person' ? 'Deadline' : 'Closes', value: formatDeadline(deadline.at, zone) });
  const salary = formatSalary(job);
  if (salary) fields.push({ label: 'Salary', value: salary });
  // Soft skills get a line of their own, so "Communication" never pushes a tool off the card.
  const skills = analysis ? skillsLine(analysis.skills.filter((skill) => !isSoftSkill(skill))) : null;
  if (skills) fields.push({ label: 'Skills', value: skills });
  const soft = analysis ? skillsLine(analysis.skills.filter(isSoftSkill), CARD_SOFT_SKILLS) : null;
  if (soft) fields.push({ label: 'Soft skills', value: soft });
  if (job.url) fields.push({ label: 'Link', value: job.url });
  return [
    ...(lead ? [ui.section(lead)] : []),
    ui.header(applicationTitle(application.seq, job)),
    ui.fields(fields),
    ...applicationActions(application.seq, state),
  ];
}
