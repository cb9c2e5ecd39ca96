import { readFileSync } from 'node:fs';
import { projectPath } from '../../projectRoot.js';
import { TEMPLATE_KIND_NAMES, type TemplateKind } from './templateKinds.js';
import { templateProblem, type MessageTemplate } from './templateText.js';

/**
 * Reads one template file: a first line "Subject: …", then the body. A file that breaks these
 * rules is a mistake in the release, so it stops start-up instead of drafting nonsense later.
 */
export function parseTemplateFile(kind: string, text: string): MessageTemplate {
  const match = /^Subject:[ \t]*(.+)\r?\n([\s\S]+)$/.exec(text);
  if (!match) throw new Error(`config/templates/${kind}.txt must start with a "Subject: …" line`);
  const template = { subject: match[1]!.trim(), body: match[2]!.trim() };
  const problem = templateProblem(template.subject) ?? templateProblem(template.body);
  if (problem) throw new Error(`config/templates/${kind}.txt: ${problem}`);
  return template;
}

let loaded: Map<TemplateKind, MessageTemplate> | undefined;

/** Jobscout's own templates, from config/templates, read once. */
export function defaultTemplates(): Map<TemplateKind, MessageTemplate> {
  loaded ??= new Map(TEMPLATE_KIND_NAMES.map((kind) => [kind, parseTemplateFile(kind, readFileSync(projectPath('config', 'templates', `${kind}.txt`), 'utf8'))]));
  return loaded;
}
