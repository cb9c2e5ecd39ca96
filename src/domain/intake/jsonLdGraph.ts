import { jsonrepair } from 'jsonrepair';

export type JsonLdNode = Record<string, unknown>;

export const isNode = (value: unknown): value is JsonLdNode => typeof value === 'object' && value !== null && !Array.isArray(value);
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

// jsonrepair's time grows faster than the block (50 ms at 32 KB of quoted HTML, 13 s at 256 KB), and it runs on
// the event loop every chat shares: past this size a broken block is dropped, as before.
const REPAIRABLE = 32 * 1024;

/** A broken block read anyway: raw line breaks as spaces first (cheap), then jsonrepair on small ones. */
function repair(raw: string): unknown {
  try {
    return JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' '));
  } catch {
    if (raw.length > REPAIRABLE) return undefined;
    try {
      return JSON.parse(jsonrepair(raw));
    } catch {
      // Beyond repair: one broken block must not hide the others.
      return undefined;
    }
  }
}

/**
 * All the JSON-LD on a page as one graph. Sites (Yoast, most CMSs) put the organisation, the
 * place and the posting side by side in an `@graph` and link them with `{"@id": …}` references;
 * `resolve` follows such a reference to the node it names, wherever on the page that node is.
 */
export class JsonLdGraph {
  readonly nodes: JsonLdNode[] = [];
  private readonly byId = new Map<string, JsonLdNode>();

  static fromScripts(scripts: readonly string[]): JsonLdGraph {
    const graph = new JsonLdGraph();
    for (const raw of scripts) {
      try {
        graph.add(JSON.parse(raw));
      } catch {
        // Hand-built pages slip: raw line breaks or unescaped quotes in a description, a stray
        // comma. Browsers don't care, so people don't notice; the block is repaired, not dropped.
        const repaired = repair(raw);
        if (repaired !== undefined) graph.add(repaired);
      }
    }
    return graph;
  }

  private add(value: unknown): void {
    if (Array.isArray(value)) return value.forEach((item) => this.add(item));
    if (!isNode(value)) return;
    this.nodes.push(value);
    const id = value['@id'];
    // A bare reference names a node; only a node with content of its own defines one.
    if (typeof id === 'string' && Object.keys(value).some((key) => key !== '@id') && !this.byId.has(id)) this.byId.set(id, value);
    if (value['@graph']) this.add(value['@graph']);
    // Nested values can define nodes too (an organisation given in full inside the posting).
    for (const [key, nested] of Object.entries(value)) if (key !== '@graph' && (isNode(nested) || Array.isArray(nested))) this.add(nested);
  }

  /** The node a value refers to: itself when it is not a bare `{"@id": …}`, or when the page never defines that id. */
  resolve(value: unknown): unknown {
    if (!isNode(value) || typeof value['@id'] !== 'string' || Object.keys(value).some((key) => key !== '@id')) return value;
    return this.byId.get(value['@id']) ?? value;
  }

  /** `resolve` applied to each of a value that may be one or many. */
  resolveAll(value: unknown): unknown[] {
    return asArray(value).map((item) => this.resolve(item));
  }

  static typesOf(node: JsonLdNode): string[] {
    return asArray(node['@type']).filter((type): type is string => typeof type === 'string');
  }
}
