import { escapeRegExp } from '../escapeRegExp.js';

// Words that make "German" a language someone speaks rather than where an office or a customer is,
// in English and in the languages of the postings people paste most after it: "Sprachkenntnisse in
// Deutsch und Englisch", "anglais courant", "inglés avanzado", "ottima conoscenza dell'inglese".
const ABOUT_SPEAKING = [
  'speak|speaks|speaking|spoken|speaker|speakers|fluent|fluency|fluently|native|proficient|proficiency|bilingual|multilingual|language|languages|teacher|teaching|tutor|translator|translation|interpreter|interpreting|written|verbal|oral|command of|knowledge of|skills in|C1|C2|B1|B2',
  'Kenntnisse|Sprachkenntnisse|Sprache|Sprachen|fließend|fliessend|verhandlungssicher|in Wort und Schrift|mündlich|schriftlich|Muttersprache|Sprachniveau|beherrschst|beherrschen|beherrscht|Beherrschung',
  'courant|courante|maîtrise|maîtriser|parlé|écrit|bilingue|langue|langues',
  'idioma|idiomas|fluido|avanzado|nativo|hablado|escrito',
  'lingua|lingue|conoscenza|fluente|madrelingua|parlato|scritto',
].join('|');
const AROUND = (word: string) => `(?<![\\p{L}\\p{N}])(?:${word})(?![\\p{L}\\p{N}])`;

const SPOKEN_HEADING = /^(?:(?:spoken|foreign|human)\s+)?languages?(?:\s+(?:skills|required|requirements|spoken))?$|^language skills$|^sprach(?:en|kenntnisse)$|^langues$|^idiomas$/i;

/**
 * Whether a posting asks for a language it names: "fluent German", "German (C1)", "speak
 * Spanish and English", or any under a "Languages" heading. Not "our German office" or "Czech Republic".
 */
export function asksLanguage(text: string, word: string, heading: string | null = null): boolean {
  // "fluent English", "business English", "Bahasa Indonesia", "Deutschkenntnisse" say it themselves.
  if (/\s|kenntnisse$/iu.test(word.trim())) return true;
  // "Languages: Swedish, Finnish": the heading says they are to be spoken. Not "Programming
  // languages" or "Natural Language Processing".
  if (heading && SPOKEN_HEADING.test(heading.trim())) return true;
  const name = escapeRegExp(word);
  // Letters, not \b, bound the words: "écrit" and "inglés" begin or end outside ASCII.
  // French, Spanish and Italian write a language as they write the nationality ("le marché
  // allemand", "droit du travail français"): in lower case, only right beside the speaking words.
  const [before, after] = /^\p{Ll}/u.test(word) ? [20, 20] : [60, 40];
  const near = new RegExp(`${AROUND(ABOUT_SPEAKING)}[^.\\n]{0,${before}}${AROUND(name)}|${AROUND(name)}[^.\\n]{0,${after}}${AROUND(ABOUT_SPEAKING)}|${AROUND(name)}\\s*(?:and|&|or|/|,)\\s*\\p{Lu}\\p{Ll}+\\s+(?:speaker|skills|fluency)`, 'iu');
  return near.test(text);
}
