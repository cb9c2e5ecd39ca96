/**
 * The neutral reply model. Commands return these; each platform's renderer turns them into
 * Block Kit, Discord components or plain text. All strings here are raw user-visible text:
 * renderers escape them, so a handler never formats for a platform.
 */

export type ButtonStyle = 'primary' | 'danger' | 'default';

export interface Button {
  type: 'button';
  label: string;
  /** Routed like a command name, e.g. "app.move"; kept short to fit every platform's id field. */
  action: string;
  /** Packed arguments, e.g. "3:applied". */
  value: string;
  style?: ButtonStyle;
}

/** A pick-one menu that runs `action` with the chosen option's value, like a button would. */
export interface Select {
  action: string;
  placeholder: string;
  options: { label: string; value: string }[];
}

export interface Field {
  label: string;
  value: string;
}

export type Block =
  | { type: 'header'; text: string }
  | { type: 'section'; text: string }
  | { type: 'fields'; fields: Field[] }
  | { type: 'list'; items: string[] }
  /**
   * `about` names what the row acts on in a word ("2": the second pick), for platforms that show
   * all rows under the text instead of beside what they belong to (Discord).
   */
  | { type: 'actions'; buttons: Button[]; about?: string }
  | ({ type: 'select' } & Select)
  | { type: 'context'; text: string }
  | { type: 'divider' };

export type FormFieldKind = 'text' | 'multiline' | 'select';

export interface FormField {
  name: string;
  label: string;
  kind: FormFieldKind;
  required: boolean;
  placeholder?: string;
  hint?: string;
  initial?: string;
  options?: { value: string; label: string }[];
  /**
   * A whole text of many lines, such as a pasted posting: a chat that reads line by line (the
   * console) takes lines until one holding only "."; a modal's paragraph box needs nothing.
   * Other multiline fields are usually one line (a skills list, a reason) and end with Enter.
   */
  manyLines?: boolean;
}

/** A modal: at most 5 fields so that it fits Discord. */
export interface Form {
  /** Routed on submit, e.g. "interview"; `context` carries the target, e.g. the application number. */
  id: string;
  context: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
}

export const MAX_FORM_FIELDS = 5;

/**
 * A file that goes with a message: a chart, an export. It is the person's own, so platforms put
 * it where only they see it (Slack: their DM with Jobscout; Discord: beside the private reply;
 * the console: a file on disk whose path is printed).
 */
export interface FileAttachment {
  /** The file name, with its extension: "funnel.png", "applications.csv". */
  name: string;
  title: string;
  data: Buffer;
  /** What an image shows, in words, for screen readers; absent for files that are text already. */
  altText?: string;
}

export interface MessageReply {
  kind: 'message';
  blocks: Block[];
  ephemeral: boolean;
  files?: FileAttachment[];
  /** This is the new state of the message whose button was pressed: platforms update it in place. */
  replacesSource?: boolean;
  /** Already answered once for this delivery; a platform that retries should not show it again. */
  replayed?: boolean;
}

export interface FormReply {
  kind: 'form';
  form: Form;
  replayed?: boolean;
}

export type Reply = MessageReply | FormReply;

/** Small builders so handlers read like the reply they produce. */
export const ui = {
  message(blocks: Block[], options: { ephemeral?: boolean; replacesSource?: boolean; files?: FileAttachment[] } = {}): MessageReply {
    return {
      kind: 'message',
      blocks,
      ephemeral: options.ephemeral ?? true,
      ...(options.replacesSource ? { replacesSource: true } : {}),
      ...(options.files?.length ? { files: options.files } : {}),
    };
  },
  form(form: Form): Reply {
    if (form.fields.length > MAX_FORM_FIELDS) {
      throw new Error(`Form "${form.id}" has ${form.fields.length} fields; at most ${MAX_FORM_FIELDS} fit a Discord modal. Split it into two forms.`);
    }
    return { kind: 'form', form };
  },
  header: (text: string): Block => ({ type: 'header', text }),
  section: (text: string): Block => ({ type: 'section', text }),
  fields: (fields: Field[]): Block => ({ type: 'fields', fields }),
  list: (items: string[]): Block => ({ type: 'list', items }),
  actions: (buttons: Button[], about?: string): Block => ({ type: 'actions', buttons, ...(about ? { about } : {}) }),
  context: (text: string): Block => ({ type: 'context', text }),
  divider: (): Block => ({ type: 'divider' }),
  button: (label: string, action: string, value: string, style: ButtonStyle = 'default'): Button => ({ type: 'button', label, action, value, style }),
  select: (action: string, placeholder: string, options: Select['options']): Block => ({ type: 'select', action, placeholder, options }),
};
