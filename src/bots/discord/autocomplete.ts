import type { AutocompleteInteraction } from 'discord.js';
import { stateLabel, type State } from '../../domain/ats/lifecycle.js';
import { findApplications, findInterviews } from '../../domain/ats/search.js';
import { findCommand } from '../commands/registry.js';
import type { CommandContext } from '../commands/types.js';
import { formatWhen, zoneOf } from '../views/format.js';
import { DISCORD_MAX_AUTOCOMPLETE_CHOICES, DISCORD_MAX_CHOICE_NAME } from './limits.js';
import { truncate } from './markdown.js';

/** Suggestions for the option being typed: the person's own applications or interviews, never anyone else's. */
export async function suggest(ctx: CommandContext, interaction: AutocompleteInteraction): Promise<{ name: string; value: string }[]> {
  const focused = interaction.options.getFocused(true);
  const group = interaction.options.getSubcommandGroup(false);
  const sub = interaction.options.getSubcommand(false) ?? '';
  const command = findCommand(group ? `${group} ${sub}` : sub);
  const spec = command?.options.find((candidate) => candidate.name === focused.name);
  const typed = String(focused.value ?? '');
  const { db } = ctx.services;
  if (spec?.type === 'application') {
    const rows = await findApplications(db, ctx.person.id, typed, DISCORD_MAX_AUTOCOMPLETE_CHOICES);
    return rows.map((row) => ({
      name: truncate(`#${row.seq} · ${row.title} at ${row.company} — ${stateLabel(row.state as State)}`, DISCORD_MAX_CHOICE_NAME),
      value: String(row.seq),
    }));
  }
  if (spec?.type === 'interview') {
    const rows = await findInterviews(db, ctx.person.id, typed, DISCORD_MAX_AUTOCOMPLETE_CHOICES);
    const zone = zoneOf(ctx.services, ctx.person);
    return rows.map((row) => ({
      name: truncate(`${row.seq}.${row.interviewSeq} · ${row.company} — ${row.kind}, ${formatWhen(row.startsAt, row.timezone ?? zone)} (${row.outcome})`, DISCORD_MAX_CHOICE_NAME),
      value: `${row.seq}.${row.interviewSeq}`,
    }));
  }
  return [];
}
