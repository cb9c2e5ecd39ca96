import type { ReplyKind } from './replyClassifier.js';

/** Reads an employer's reply and says what kind it is (Claude, in integrations/anthropic). */
export interface ReplyReader {
  classify(subject: string, text: string): Promise<ReplyKind>;
}
