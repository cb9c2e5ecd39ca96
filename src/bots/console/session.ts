import { runAction, runText, submitForm } from '../commands/dispatch.js';
import type { CommandContext } from '../commands/types.js';
import { END_OF_TEXT, renderFieldPrompt, renderFormTitle, renderText } from '../render/text.js';
import { isCommandLine, postingAfterAdd } from './pastedLines.js';
import { saveFiles, savedFileLines } from './savedFiles.js';
import type { Button, Form, FormField, Reply } from '../ui.js';

interface PendingForm {
  form: Form;
  answers: Record<string, string>;
  /** Fields still to ask, first one next. */
  queue: FormField[];
  /** The lines of a many-line answer read so far; it ends at a line holding only ".". */
  lines: string[];
}

/** What to print, and whether the person asked to leave. */
export interface SessionOutput {
  text: string;
  quit?: boolean;
}

/**
 * One person's conversation with Jobscout in a terminal: lines in, text out. Buttons of the
 * last reply are picked by number; forms are asked one field at a time.
 */
export class ConsoleSession {
  private buttons: Button[] = [];
  private pending: PendingForm | null = null;

  constructor(private readonly context: () => CommandContext) {}

  /** The prompt to show before the next line. */
  get prompt(): string {
    return this.pending ? '' : 'jobscout> ';
  }

  get inForm(): boolean {
    return this.pending !== null;
  }

  /** Drops the form being filled in; nothing of it was saved. */
  cancelForm(): void {
    this.pending = null;
  }

  /** True while a many-line answer (a pasted posting) has lines but not yet its end mark. */
  get readingText(): boolean {
    return (this.pending?.lines.length ?? 0) > 0;
  }

  /**
   * Lines that arrived together, as a paste does. "/job add" followed by a posting opens the
   * add form and reads the posting into it; inside a form, a paste goes to its many-line field;
   * anything else is taken line by line.
   */
  async handleBurst(burst: string[]): Promise<SessionOutput[]> {
    let lines = burst;
    const outputs: SessionOutput[] = [];
    if (!this.pending && lines.filter((line) => line.trim()).length > 1) {
      const posting = postingAfterAdd(lines);
      if (posting) {
        // Read like a posting pasted into the form: a paste that arrives in pieces is not
        // saved half-read, and the end mark says when it is whole.
        outputs.push(await this.handleLine('/job add'));
        if (!this.pending) return outputs;
        lines = posting;
      } else if (!isCommandLine(lines.find((line) => line.trim())!)) {
        // A posting's own lines may start like a command ("Note: …"); its first line rarely does.
        return [{ text: `That looks like ${lines.length} pasted lines, not a command. To save a posting, type /job add and paste it, then a line holding only "${END_OF_TEXT}".` }];
      }
    }
    if (this.pending && lines.length > 1) {
      this.pasteIntoForm(this.pending);
      // Blank lines at the top of a paste would read as "skip this field".
      if (this.pending.queue[0]?.manyLines && this.pending.lines.length === 0) {
        while (lines.length > 1 && !lines[0]!.trim()) lines = lines.slice(1);
      }
    }
    for (const [index, line] of lines.entries()) {
      const form = this.pending;
      const output = await this.handleLine(line);
      outputs.push(output);
      if (output.quit) break;
      // A paste that ended a form goes no further: its remaining lines were meant for the form
      // (a stray "2" would press a button on the card that just came back).
      if (form && !this.pending && index < lines.length - 1) {
        const left = lines.length - index - 1;
        outputs.push({ text: left === 1 ? "The pasted line after the form's end was not used." : `The ${left} pasted lines after the form's end were not used.` });
        break;
      }
    }
    // A paste without its end mark: say where it went and how to finish.
    if (this.readingText && lines.length > 1) {
      const reading = this.pending!;
      outputs.push({
        text: `${reading.lines.length} lines so far for "${reading.queue[0]!.label}". Paste or type more, end with a line holding only "${END_OF_TEXT}", or type cancel.`,
      });
    }
    return outputs;
  }

  /**
   * A paste while a one-line field is asked is meant for the form's many-line field (the
   * posting): the optional fields before it keep their defaults.
   */
  private pasteIntoForm(pending: PendingForm): void {
    if (pending.lines.length > 0) return;
    const at = pending.queue.findIndex((field) => field.manyLines);
    if (at <= 0 || pending.queue.slice(0, at).some((field) => field.required)) return;
    for (const field of pending.queue.splice(0, at)) pending.answers[field.name] = field.initial ?? '';
  }

  async handleLine(line: string): Promise<SessionOutput> {
    if (this.pending) return this.answerField(this.pending, line);
    const input = line.trim();
    if (!input) return { text: '' };
    if (/^(quit|exit|\/quit|\/exit)$/i.test(input)) return { text: 'Bye.', quit: true };
    if (/^\d+$/.test(input)) return this.pressButton(Number(input));
    return this.show(await runText(this.context(), input));
  }

  private async pressButton(choice: number): Promise<SessionOutput> {
    const button = this.buttons[choice - 1];
    if (!button) {
      const text = this.buttons.length
        ? `There is no choice ${choice}; pick 1–${this.buttons.length}, or type a command.`
        : 'There are no choices to pick from right now. Type a command such as /job list.';
      return { text };
    }
    return this.show(await runAction(this.context(), button.action, button.value));
  }

  /**
   * A message that arrives on its own (a reminder, a follow-up prompt): its buttons become the
   * numbered choices, as a reply's do, unless a form is being filled in.
   */
  arrived(reply: Reply): string {
    const rendered = renderText(reply);
    if (!this.pending && rendered.buttons.length) this.buttons = rendered.buttons;
    return rendered.text;
  }

  private async show(reply: Reply): Promise<SessionOutput> {
    if (reply.kind === 'form') {
      this.buttons = [];
      this.pending = { form: reply.form, answers: {}, queue: [...reply.form.fields], lines: [] };
      return { text: `${renderFormTitle(reply.form)}\n${renderFieldPrompt(this.pending.queue[0]!)}` };
    }
    const rendered = renderText(reply);
    this.buttons = rendered.buttons;
    if (!reply.files?.length) return { text: rendered.text };
    const { services } = this.context();
    const paths = await saveFiles(services.config.dataDir, reply.files, services.clock());
    return { text: `${rendered.text}\n${savedFileLines(reply.files, paths)}` };
  }

  private async answerField(pending: PendingForm, line: string): Promise<SessionOutput> {
    let answer = line.trim();
    const reading = pending.lines.length > 0;
    // "cancel" leaves the form even halfway through a posting: no posting has a line saying only that.
    if (answer.toLowerCase() === 'cancel') {
      this.cancelForm();
      return { text: 'Cancelled; nothing was saved.' };
    }
    // A many-line answer goes on until its end mark; an empty first line skips it like any other.
    if (pending.queue[0]!.manyLines && (reading || answer)) {
      if (answer !== END_OF_TEXT) {
        pending.lines.push(line.trimEnd());
        return { text: '' };
      }
      answer = pending.lines.join('\n').trim();
      pending.lines = [];
    }
    const field = pending.queue.shift()!;
    pending.answers[field.name] = answer || field.initial || '';
    if (field.required && !pending.answers[field.name]) {
      pending.queue.unshift(field);
      return { text: `${field.label} is required.\n${renderFieldPrompt(field)}` };
    }
    if (pending.queue.length > 0) return { text: renderFieldPrompt(pending.queue[0]!) };

    const outcome = await submitForm(this.context(), pending.form.id, pending.form.context, pending.answers);
    if (outcome.ok) {
      this.pending = null;
      return this.show(outcome.reply);
    }
    // Ask again only for the fields that were wrong, keeping every other answer.
    pending.queue = pending.form.fields.filter((candidate) => outcome.errors[candidate.name] !== undefined);
    const problems = pending.queue.map((candidate) => outcome.errors[candidate.name]).join('\n');
    return { text: `${problems}\n${renderFieldPrompt(pending.queue[0]!)}` };
  }
}
