import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { App } from '../../app.js';
import { communityKey, enterCommunity } from '../../domain/people/communities.js';
import { resolvePerson } from '../../domain/people/identity.js';
import type { PersonRow } from '../../models/people.js';
import type { CommandContext } from '../commands/types.js';
import { lineBursts } from './lineBursts.js';
import { saveFiles, savedFileLines } from './savedFiles.js';
import { ConsoleSession } from './session.js';
import { typedCommandWords } from '../commands/registry.js';

/** Tab completes subcommand names, with or without the leading "/job". */
export function completeCommand(line: string): [string[], string] {
  const match = /^(\/?job\s+)?(\S*)$/i.exec(line);
  if (!match) return [[], line];
  const prefix = match[1] ?? '';
  const hits = typedCommandWords().filter((name) => name.startsWith(match[2]!.toLowerCase()));
  return [hits.map((name) => `${prefix}${name} `), line];
}

async function* oneLineEach(lines: AsyncIterable<string>): AsyncGenerator<string[]> {
  for await (const line of lines) yield [line];
}

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** A terminal gets a prompt and a greeting; a pipe gets one reply per line and nothing else. */
  interactive: boolean;
}

/** The console identity: the configured user, else the operating-system account. */
export function consoleUserId(app: App): string {
  return app.services.config.console.user ?? userInfo().username;
}

export interface ConsoleChat {
  person: PersonRow;
  /** Reads lines until input ends or the person types quit. */
  run(): Promise<void>;
}

/**
 * Opens the console chat for this machine's user and registers it with the notifier, so
 * scheduler messages for this person are printed as they arrive. Start the scheduler after.
 */
export async function openConsole(app: App, options: ConsoleOptions): Promise<ConsoleChat> {
  const { services } = app;
  const person: PersonRow = await resolvePerson(services.db, {
    platform: 'console',
    workspace: services.config.console.workspace,
    platformUserId: consoleUserId(app),
    displayName: consoleUserId(app),
  });
  // Everyone on this install is one community, as a Slack workspace is.
  const community = communityKey.console(services.config.console.workspace);
  await enterCommunity(services.db, person.id, community, services.clock());
  const context = (): CommandContext => ({ services, person, community });
  const session = new ConsoleSession(context);
  const write = (text: string) => options.output.write(text);

  app.notifier.register({
    platform: 'console',
    canReach: (target) => target.id === person.id,
    async send(_target, reply) {
      let text = session.arrived(reply);
      if (reply.kind === 'message' && reply.files?.length) {
        text += `\n${savedFileLines(reply.files, await saveFiles(services.config.dataDir, reply.files, services.clock()))}`;
      }
      write(options.interactive ? `\n${text}\n${session.prompt}` : `${text}\n\n`);
    },
  });

  // In a pipe, answers aren't echoed, so a field prompt ends its line instead of waiting on it.
  const print = (text: string) => {
    if (options.interactive) write(text.endsWith('> ') ? text : `${text}\n\n`);
    else write(session.inForm ? `${text.replace(/\n?> $/, '')}\n` : `${text}\n\n`);
  };

  return {
    person,
    async run() {
      const lines = createInterface({
        input: options.input,
        terminal: options.interactive,
        output: options.interactive ? options.output : undefined,
        completer: options.interactive ? completeCommand : undefined,
        historySize: 200,
      });
      if (options.interactive) {
        write(`Jobscout — your job search, tracked. Type /job help to begin, quit to leave.\n${session.prompt}`);
        // Ctrl-C inside a form leaves the form, as "cancel" does; outside one it ends the chat.
        lines.on('SIGINT', () => {
          if (!session.inForm) return lines.close();
          session.cancelForm();
          write(`\nCancelled; nothing was saved.\n\n${session.prompt}`);
        });
      }
      // A pipe is a script, one line per step; a terminal may paste many lines at once.
      const bursts = options.interactive ? lineBursts(lines) : oneLineEach(lines);
      try {
        for await (const burst of bursts) {
          const wasInForm = session.inForm;
          const results = await session.handleBurst(burst);
          // In a pipe, a finished form's prompts and its reply are separate paragraphs.
          if (!options.interactive && wasInForm && !session.inForm) write('\n');
          for (const result of results) if (result.text) print(result.text);
          if (results.some((result) => result.quit)) break;
          if (options.interactive) write(session.prompt);
        }
      } finally {
        // Input ended halfway through a pasted posting: say so rather than drop it silently.
        if (session.readingText) write(`The posting was not saved: it needs a line holding only "." after it. Run /job add again to paste it.\n`);
        lines.close();
        app.notifier.unregister('console');
      }
    },
  };
}
