import { z } from 'zod';
import { STATES } from '../../domain/ats/lifecycle.js';
import { ui } from '../ui.js';
import { defineCommand, type CommandDefinition, type CommandGroup } from './types.js';

/** Built from the registry so the help never lists a command that doesn't exist. */
export function helpCommand(all: () => CommandDefinition<never>[], groups: () => CommandGroup[]) {
  return defineCommand({
    name: 'help',
    summary: 'What Jobscout can do',
    usage: '/job help',
    options: [],
    schema: z.object({}),
    async run() {
      return ui.message([
        ui.header('Jobscout — track your job search'),
        ui.list(all().map((command) => `${command.usage} — ${command.summary}`)),
        // Each area after the single commands, its commands together.
        ...groups().flatMap((group) => [ui.section(`${group.summary} (/job ${group.name})`), ui.list(group.commands.map((command) => `${command.usage} — ${command.summary}`))]),
        ui.context(`States: ${STATES.join(', ')}. Ids look like #3; interviews like 3.1.`),
      ]);
    },
  });
}
