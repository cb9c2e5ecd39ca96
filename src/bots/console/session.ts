import { runAction, runText, submitForm } from '../commands/dispatch.js';
import type { CommandContext } from '../commands/types.js';
import { renderFieldPrompt, renderFormTitle, renderText } from '../render/text.js';
import type { Button, Form, FormField, Reply } from '../ui.js';

interface PendingForm {
  form: Form;
  answers: Record<string, string>;
  /** Fields still to ask, first one next. */
  queue: FormField[];
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

  private show(reply: Reply): SessionOutput {
    if (reply.kind === 'form') {
      this.buttons = [];
      this.pending = { form: reply.form, answers: {}, queue: [...reply.form.fields] };
      return { text: `${renderFormTitle(reply.form)}\n${renderFieldPrompt(this.pending.queue[0]!)}` };
    }
    const rendered = renderText(reply);
    this.buttons = rendered.buttons;
    return { text: rendered.text };
  }

  private async answerField(pending: PendingForm, line: string): Promise<SessionOutput> {
    const answer = line.trim();
    if (answer.toLowerCase() === 'cancel') {
      this.cancelForm();
      return { text: 'Cancelled; nothing was saved.' };
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
