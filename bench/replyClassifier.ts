/**
 * How well the rules sort real employer replies: precision and recall per kind on the
 * hand-labelled sets in tests/fixtures/replies. `dev` (the default) and `heldout` have both been
 * tuned on by now; `fresh`, collected and labelled later by someone who never saw the rules, is
 * the unseen measure — measure on it, never tune on it. Run: npm run bench:replies [-- heldout|fresh]
 */
import { readFileSync } from 'node:fs';
import { classifyReply, REPLY_KINDS, type ReplyKind } from '../src/domain/followups/replyClassifier.js';

interface Labelled {
  id: string;
  subject: string;
  text: string;
  label: ReplyKind;
}

const split = ['heldout', 'fresh'].includes(process.argv[2] ?? '') ? process.argv[2]! : 'dev';
const set = JSON.parse(readFileSync(new URL(`../tests/fixtures/replies/${split}.json`, import.meta.url), 'utf8')) as Labelled[];
const results = set.map((reply) => ({ ...reply, got: classifyReply(reply.subject, reply.text) }));
const pct = (value: number) => (Number.isNaN(value) ? '  n/a' : value.toFixed(2));
console.log(`${split}: ${set.length} replies`);
console.log('kind                  n  precision  recall');
for (const kind of REPLY_KINDS) {
  const truth = results.filter((result) => result.label === kind).length;
  const predicted = results.filter((result) => result.got === kind).length;
  const right = results.filter((result) => result.label === kind && result.got === kind).length;
  console.log(`${kind.padEnd(20)} ${String(truth).padStart(3)}  ${pct(right / predicted).padStart(9)}  ${pct(right / truth).padStart(6)}`);
}
const accuracy = results.filter((result) => result.got === result.label).length / results.length;
console.log(`accuracy ${accuracy.toFixed(2)}`);
if (process.argv.includes('--errors')) for (const result of results.filter((entry) => entry.got !== entry.label)) console.log(`  ${result.id}: ${result.label} → ${result.got}`);
