import { escapeRegExp } from '../escapeRegExp.js';

// Words that make "German" a language someone speaks rather than where an office or a customer is.
const ABOUT_SPEAKING = '(?:speak|speaks|speaking|spoken|speaker|speakers|fluent|fluency|fluently|native|proficient|proficiency|bilingual|multilingual|language|languages|teacher|teaching|tutor|translator|translation|interpreter|interpreting|written|verbal|oral|command of|knowledge of|skills in|C1|C2|B1|B2)';

const SPOKEN_HEADING = /^(?:(?:spoken|foreign|human)\s+)?languages?(?:\s+(?:skills|required|requirements|spoken))?$|^language skills$|^sprach(?:en|kenntnisse)$|^langues$|^idiomas$/i;

/**
 * Whether a posting asks for a language it names: "fluent German", "German (C1)", "speak
 * Spanish and English", or any under a "Languages" heading. Not "our German office" or "Czech Republic".
 */
export function asksLanguage(text: string, word: string, heading: string | null = null): boolean {
  // "fluent English", "business English", "Bahasa Indonesia" say it themselves.
  if (/\s/.test(word.trim())) return true;
  // "Languages: Swedish, Finnish": the heading says they are to be spoken. Not "Programming
  // languages" or "Natural Language Processing".
  if (heading && SPOKEN_HEADING.test(heading.trim())) return true;
  const name = escapeRegExp(word);
  const near = new RegExp(`\\b${ABOUT_SPEAKING}\\b[^.\\n]{0,60}\\b${name}\\b|\\b${name}\\b[^.\\n]{0,40}\\b${ABOUT_SPEAKING}\\b|\\b${name}\\s*(?:and|&|or|/|,)\\s*[A-Z][a-z]+\\s+(?:speaker|skills|fluency)`, 'i');
  return near.test(text);
}
