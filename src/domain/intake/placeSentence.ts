// A place as a sentence writes it: "Chania, Crete, Greece", "Durham, NC", "Athens". Capitalised
// words, up to three, then up to two more parts after commas; "and we are…" ends it.
const WORDS = "[A-Z][\\w.'’-]+(?:[ \\t]+[A-Z][\\w.'’-]+){0,2}";
const PLACE = `${WORDS}(?:,[ \\t]*${WORDS}){0,2}`;
// In the other languages a town may start with an accented capital ("Évry", "Überlingen").
const WORDS_ELSEWHERE = "\\p{Lu}[\\p{L}.'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]+){0,2}";
const PLACE_ELSEWHERE = `${WORDS_ELSEWHERE}(?:,[ \\t]*${WORDS_ELSEWHERE}){0,2}`;
const DOWNTOWN = '(?:(?:downtown|central|the heart of|the centre of|the center of)[ \\t]+)?';

const SENTENCES = [
  // "We are based in Chania, Crete, Greece", "a team primarily located in Durham, NC", "located
  // in either Berlin, Toronto, Berkeley, or San Francisco".
  new RegExp(`\\b(?:based|located|headquartered|situated)[ \\t]+in[ \\t]+(?:either[ \\t]+)?${DOWNTOWN}(${PLACE})`),
  // "our beautiful office in downtown Athens, Greece", "offices are in Berlin".
  new RegExp(`\\boffices?[ \\t]+(?:(?:is|are)[ \\t]+)?in[ \\t]+${DOWNTOWN}(${PLACE})`),
  // "looking to fill this role in Durham, NC".
  new RegExp(`\\b(?:this|the)[ \\t]+(?:role|position|job)[ \\t]+in[ \\t]+(${PLACE})`),
  // "work from our Emeryville office".
  new RegExp(`\\bour[ \\t]+(${WORDS})[ \\t]+(?:office|headquarters|HQ|studio)\\b`),
  // The same in Italian, French, German and Spanish: "Per la nostra sede di Stabio", "notre site
  // d'Autun", "basé à Lyon", "am Standort München", "mit Sitz in Wien", "con sede en Madrid".
  new RegExp(
    `(?:\\b(?:sede|sedi|ufficio|uffici|stabilimento)[ \\t]+(?:di|a)[ \\t]+|\\b(?:bas[ée]e?s?|situ[ée]e?s?|(?:notre|nos)[ \\t]+(?:site|siège|bureaux?|agence|usine))[ \\t]+(?:à[ \\t]+|d['’]|de[ \\t]+)|\\b(?:am[ \\t]+Standort|Sitz[ \\t]+in|unserem[ \\t]+(?:Büro|Standort)[ \\t]+in)[ \\t]+|\\b(?:con[ \\t]+sede[ \\t]+en|ubicad[oa]s?[ \\t]+en|nuestras?[ \\t]+oficinas?[ \\t]+en)[ \\t]+)(${PLACE_ELSEWHERE})`,
    'u',
  ),
];

// A full stop and a sentence's usual first word: "Washington, D.C. Our team…", "SD Freight Corp. If you…".
export const NEXT_SENTENCE = /\.\s+(?:Our|We|The|This|Apply|Join|You|Your|Please|Due|If|It|As|To)\b.*$/;

// "Located in The Hague" is a place; "based in The Bay Area" too; a sentence's next word is not.
const NOT_PLACE = /^(?:Our|A|An|We|Please)\b/;

/** Where a posting says in a sentence that the job or the team is; null when no sentence says so. */
export function placeFromSentences(text: string): string | null {
  for (const pattern of SENTENCES) {
    // The sentence's full stop is not part of the place; the one in "D.C." is.
    // "Cambridge, Ontario. Due to…": the next sentence is not part of the place; "St. Louis" is.
    const place = pattern
      .exec(text)?.[1]
      ?.trim()
      .replace(/(?<!\b(?:[A-Z]|St|Ft|Mt))\.\s+.*$/, '')
      // "Washington, D.C. Our team…": after an abbreviation, a sentence's usual first word ends it.
      .replace(NEXT_SENTENCE, '.')
      .replace(/(?<!\b[A-Z])\.$/, '');
    if (place && !NOT_PLACE.test(place)) return place;
  }
  return null;
}
