import Anthropic from '@anthropic-ai/sdk';
import Bottleneck from 'bottleneck';
import type { Config } from '../../config.js';

export interface ClaudeTool {
  name: string;
  description: string;
  input_schema: { type: 'object'; properties: Record<string, unknown>; required: string[] };
}

/**
 * Calls Claude with one tool it must use: tool use forces a structured answer, which each caller
 * checks with zod before using it. Two calls at a time keep bursts within the account's limit.
 */
export class ClaudeTools {
  private readonly client: Anthropic;
  private readonly limiter = new Bottleneck({ maxConcurrent: 2 });

  constructor(private readonly settings: Config['anthropic'] & { apiKey: string }) {
    this.client = new Anthropic({ apiKey: settings.apiKey, baseURL: settings.baseUrl, timeout: settings.timeoutMs, maxRetries: 2 });
  }

  async call(tool: ClaudeTool, prompt: string, system?: string): Promise<unknown> {
    const message = await this.limiter.schedule(() =>
      this.client.messages.create({
        model: this.settings.model,
        max_tokens: 2048,
        ...(system ? { system } : {}),
        tools: [tool],
        tool_choice: { type: 'tool', name: tool.name },
        messages: [{ role: 'user', content: prompt }],
      }),
    );
    const use = message.content.find((block) => block.type === 'tool_use' && block.name === tool.name);
    if (!use || use.type !== 'tool_use') throw new Error(`Claude answered without calling ${tool.name}`);
    return use.input;
  }
}
