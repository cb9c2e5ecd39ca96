import { describe, expect, it } from 'vitest';
import { nameFromSlug } from '../../src/integrations/ats/json.js';

describe("a company's name from its board's slug", () => {
  it.each([
    ['idealistconsulting', 'At Idealist Consulting, we build on Salesforce.', 'Idealist Consulting'],
    ['cleoai', 'At Cleo we help people with money. The Cleo app is loved.', 'Cleo'],
    ['kepler', 'Kepler Communications is a space company. Kepler is hiring a Director of Sales.', 'Kepler Communications'],
    ['mistral', "At Mistral AI, we believe in open models. Mistral's customers grow.", 'Mistral AI'],
    ['cleo-2', 'At Cleo we help people with money.', 'Cleo'],
    ['acme-corp', null, 'Acme Corp'],
    ['globex-2', null, 'Globex'],
    ['n26', null, 'N26'],
    ['unit21', null, 'Unit21'],
    ['mainstreet', 'We help small businesses.', 'Mainstreet'],
    // fresh8's Virta Health writes "Virta" alone: the kind of company the slug ends in is part of its name.
    ['virtahealth', 'Virta is an online clinic. Virta is hiring enrollment nurses.', 'Virta Health'],
    ['acmelabs', 'Acme Labs builds robots.', 'Acme Labs'],
    ['healthtech', 'We build tools for clinics.', 'Healthtech'],
    // fresh9's BJAK and Heidi: a board named with "career", and one named by the company's address.
    ['bjakcareer', 'At BJAK, we build insurance tools.', 'BJAK'],
    ['heidihealth.com.au', 'Heidi is an AI care partner for clinicians. Heidi is hiring coders.', 'Heidi Health'],
    // Without the posting's words, the board's name as written; a kind tail needs the name written twice.
    ['acme.io', null, 'Acme.io'],
    ['infotech', 'Info about the role. We build tools.', 'Infotech'],
    // fresh10's: a name shouted in a heading before the sentences write it; the kind written in full.
    ['clipboard', 'WHY CLIPBOARD EXISTS\nClipboard is a fast-growing marketplace.', 'Clipboard'],
    ['leantech', 'Lean Technologies builds open banking. Lean is hiring.', 'Lean Technologies'],
    ['hims-and-hers', 'Hims & Hers is a health platform.', 'Hims & Hers'],
    // fresh8's Jerry.ai writes its address for its name too.
    ['Jerry.ai', 'Jerry.ai is the all-in-one car app. At Jerry, we move fast.', 'Jerry.ai'],
  ])('%s → as the posting writes it', (slug, text, name) => {
    expect(nameFromSlug(slug, text)).toBe(name);
  });
});
