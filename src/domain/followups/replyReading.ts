import type { Services } from '../services.js';
import { classifyReply, type ReplyKind } from './replyClassifier.js';

/**
 * What a reply says: Claude's reading when ANTHROPIC_API_KEY is set, else (or when Claude
 * fails) the rules'.
 */
export async function readReply(services: Services, subject: string, text: string): Promise<{ kind: ReplyKind; by: string }> {
  if (services.replyReader) {
    try {
      return { kind: await services.replyReader.classify(subject, text), by: 'claude' };
    } catch (error) {
      services.logger.warn({ err: error }, 'Claude could not read a reply; using the rules');
    }
  }
  return { kind: classifyReply(subject, text), by: 'rules' };
}
