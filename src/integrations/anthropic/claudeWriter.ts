import { z } from 'zod';
import { REPLY_KINDS, type ReplyKind } from '../../domain/followups/replyClassifier.js';
import type { ReplyReader } from '../../domain/followups/replyReader.js';
import type { DraftSources, DraftWriter } from '../../domain/writing/draftWriter.js';
import type { ClaudeTool, ClaudeTools } from './claudeTools.js';

const MAX_REPLY_CHARS = 6000;

const DRAFT_TOOL: ClaudeTool = {
  name: 'record_email_draft',
  description: 'Record the email draft.',
  input_schema: { type: 'object', properties: { subject: { type: 'string' }, body: { type: 'string', description: 'plain text, no placeholders' } }, required: ['subject', 'body'] },
};

const REPLY_TOOL: ClaudeTool = {
  name: 'record_reply_kind',
  description: "Record what kind of reply the employer's email is.",
  input_schema: { type: 'object', properties: { kind: { type: 'string', enum: [...REPLY_KINDS] } }, required: ['kind'] },
};

const draftSchema = z.object({ subject: z.string().trim().min(1).max(200), body: z.string().trim().min(1).max(6000) });
const replySchema = z.object({ kind: z.enum(REPLY_KINDS) });

const WRITING_RULES =
  'You write short, warm, professional emails for a job seeker, in their voice. Use only facts given in the sources: never invent names, numbers, dates, projects, skills or events. If a fact is not in the sources, leave it out. Plain text, no placeholders in brackets, no subject line in the body.';

/** Claude writing drafts and reading replies; every answer is checked by zod, and drafts again for grounding by the caller. */
export class ClaudeWriter implements DraftWriter, ReplyReader {
  constructor(private readonly claude: ClaudeTools) {}

  async write(sources: DraftSources): Promise<{ subject: string; body: string }> {
    const prompt = [
      `Write ${sources.purpose}.`,
      `Sender: ${sources.personName ?? '(name not given; sign off without a name)'}`,
      `Recipient: ${sources.recipientName ?? '(unknown; greet generally)'}`,
      `Company: ${sources.company}`,
      `Role: ${sources.role}`,
      `Application so far:\n${sources.timeline.map((line) => `- ${line}`).join('\n') || '- (nothing yet)'}`,
      `Sender's profile: ${sources.profile || '(none)'}`,
      `Posting:\n${sources.posting || '(none)'}`,
      `A template for length and tone:\nSubject: ${sources.template.subject}\n${sources.template.body}`,
    ].join('\n\n');
    return draftSchema.parse(await this.claude.call(DRAFT_TOOL, prompt, WRITING_RULES));
  }

  async classify(subject: string, text: string): Promise<ReplyKind> {
    const prompt = `A job applicant received this email about their application. Which kind is it? interview_invitation: invites to an interview or call, or asks for a time for one. rejection: the application will not go on. positive: good news (an offer, moving forward) without an interview to arrange. needs_action: asks the applicant to do something else (an assessment, documents, a form). neutral: acknowledgements and updates with nothing to do.\n\nSubject: ${subject}\n\n${text.slice(0, MAX_REPLY_CHARS)}`;
    return replySchema.parse(await this.claude.call(REPLY_TOOL, prompt)).kind;
  }
}
