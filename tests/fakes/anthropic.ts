import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake answers next: a tool call with this input, or prose that calls no tool. */
export type AnthropicAnswer = { tool: Record<string, unknown> } | { text: string };

/**
 * A stand-in for the Anthropic Messages API on 127.0.0.1 (POST /v1/messages). It answers in the
 * real wire format, a `tool_use` block naming the tool it was asked for, or plain text, and
 * records each request (model, tools, tool_choice, the prompt).
 */
export class FakeAnthropic {
  readonly requests: { headers: Record<string, string | string[] | undefined>; body: Record<string, any> }[] = [];
  private readonly answers: AnthropicAnswer[] = [];
  private readonly server: Server;
  port = 0;

  constructor() {
    this.server = createServer(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, any>;
      this.requests.push({ headers: request.headers, body });
      if (request.method !== 'POST' || request.url !== '/v1/messages') {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: 'Not found' } }));
        return;
      }
      const answer = this.answers.shift() ?? { text: 'I am not sure.' };
      const toolName = body.tool_choice?.name ?? body.tools?.[0]?.name;
      const content = 'tool' in answer ? [{ type: 'tool_use', id: `toolu_${this.requests.length}`, name: toolName, input: answer.tool }] : [{ type: 'text', text: answer.text }];
      response.writeHead(200, { 'content-type': 'application/json', 'request-id': `req_${this.requests.length}` });
      response.end(
        JSON.stringify({
          id: `msg_${this.requests.length}`,
          type: 'message',
          role: 'assistant',
          model: body.model,
          content,
          stop_reason: 'tool' in answer ? 'tool_use' : 'end_turn',
          stop_sequence: null,
          usage: { input_tokens: 812, output_tokens: 96 },
        }),
      );
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  answerNext(answer: AnthropicAnswer): void {
    this.answers.push(answer);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
