/**
 * The words pasted postings are read by: what makes a phrase a job title, an employment type or a
 * link, and a place as headers spell it. Shared by the header readers and the rest of the paste.
 */

// Words that make a phrase a job title: in English, and the common ones of French, German, Spanish,
// Portuguese and Italian postings ("Buchhalter:in", "Aide comptable", "Pessoa Desenvolvedora").
const ROLE_WORDS =
  'engineer|developer|programmer|architect|manager|designer|analyst|scientist|researcher|writer|editor|lead|director|head|vp|vice president|chief|officer|specialist|coordinator|executive|representative|exec|consultant|administrator|technician|associate|assistant|strategist|marketer|accountant|controller|recruiter|partner|advisor|adviser|agent|nurse|intern|sre|devops|producer|operator|owner|principal|founding|cto|cfo|coo|generalist|facilitator|instructor|teacher|tester|support|staff|baker|chef|cook|driver|mechanic|electrician|plumber|carpenter|welder|machinist|installer|cashier|clerk|bartender|barista|attendant|supervisor|foreman|worker|laborer|cleaner|janitor|housekeeper|receptionist|caregiver|therapist|pharmacist|physician|tutor|counselor|paralegal|attorney|lawyer|counsel|solicitor|auditor|bookkeeper|buyer|planner|estimator|inspector|sweeper|porter|guard|chemist|biologist|physicist|geologist|technologist|statistician|economist|hygienist|dentist|veterinarian|surgeon|doctor|librarian|translator|interpreter|photographer|videographer|animator|illustrator|copywriter|journalist|reporter|trainer|coach|dispatcher|courier|server|waiter|waitress|host|dishwasher|nanny';
// German titles are compounds ("Softwareentwickler", "Bauprojektleiter") with a feminine form
// ("Mitarbeiterin"): these words are read at a word's end, whatever comes before them; not
// "Halbleiter" (semiconductor). Words that are also surnames (Koch, Schreiner, Kaufmann alone,
// Lehrer, Gärtner) or everyday words ("Aide", help) are left out: "Koch Industries" is no title.
const ROLE_ENDINGS_GERMAN =
  'mitarbeiter|bearbeiter|buchhalter|entwickler|ingenieur|(?<!halb|wegbeg)leiter|techniker|monteur|mechaniker|mechatroniker|elektriker|elektroniker|verkäufer|berater|fachkraft|pflegekraft|erzieher|lehrkraft|fahrer|(?<=\\p{L})kaufmann|kauffrau|referent|assistenz|installateur|therapeut|pfleger';
const ROLE_WORDS_ELSEWHERE = [
  'hausmeister|logopäde|logopädin|praktikant|werkstudent|sekretär',
  'comptable|technicien|technicienne|ingénieur|développeur|développeuse|responsable|chargé|chargée|conseiller|conseillère|vendeur|vendeuse|infirmier|infirmière|opérateur|opératrice|chauffeur|cuisinier|cuisinière|serveur|serveuse|formateur|formatrice|stagiaire|alternant|alternante|directeur|directrice|gestionnaire|employé|employée|préparateur|préparatrice|manutentionnaire|magasinier|cariste|secrétaire|éducateur|éducatrice|animateur|animatrice|juriste',
  'desarrollador|desarrolladora|ingeniero|ingeniera|técnico|técnica|analista|gerente|asistente|vendedor|vendedora|enfermero|enfermera|programador|programadora|diseñador|diseñadora|consultor|consultora|coordinador|coordinadora|auxiliar|operario|operaria|camarero|camarera|cocinero|cocinera|contador|contadora|abogado|abogada|especialista|jefe|jefa',
  'desenvolvedor|desenvolvedora|engenheiro|engenheira|enfermeiro|enfermeira|coordenador|coordenadora|estagiário|estagiária|atendente|assistente',
  'sviluppatore|sviluppatrice|ingegnere|tecnico|operaio|operaia|impiegato|impiegata|addetto|addetta|commesso|commessa|magazziniere|infermiere|infermiera|responsabile',
].join('|');
// Letters, not \b, bound the words: "chargé" and "técnico" end or start outside ASCII.
export const ROLE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ROLE_WORDS}|${ROLE_WORDS_ELSEWHERE})s?(?![\\p{L}\\p{N}])|(?:${ROLE_ENDINGS_GERMAN})(?:in|innen)?(?![\\p{L}\\p{N}])`,
  'iu',
);
// A team's name, never a company's.
export const DEPARTMENT = /^(engineering|sales|marketing|product|design|operations|finance|support|customer success|data|research|people|hr|legal|it|security|growth|business development)$/i;
// How a header says where the work is done; written once for every pattern that reads it.
export const MODE = 'remote|hybrid|on[- ]?site|onsite|in[- ]office|in[- ]person';
export const MODE_WORDS = new RegExp(`\\b(${MODE})\\b`, 'i');
export const EMPLOYMENT = /^(full[- ]?time|part[- ]?time|contract(or)?|freelance|internship|permanent|temporary|ft|pt)\b/i;
// The same as French, German and Spanish postings write it, for a "Poste : CDI, temps plein" line
// only: a header's field may start with these words and be a name ("Interim HealthCare", "Stage
// Entertainment").
export const CONTRACT = /^(?:CDI|CDD|int[ée]rim|stage|alternance|temps (?:plein|partiel)|Vollzeit|Teilzeit|Festanstellung|befristet|jornada|tiempo (?:completo|parcial)|indefinido|full[- ]?time|part[- ]?time|permanent|temporary|contract)\b/i;
// The address endings companies name themselves by ("Normcore.io", "VersaFeed.com").
const NAME_DOMAINS = 'com|io|ai|co|org|dev|app';
export const LINK = new RegExp(`https?:\\/\\/|www\\.|@[\\w-]+\\.\\w|\\.(${NAME_DOMAINS})\\b`, 'i');
/** "Normcore.io": a name written as an address, the name before its ending. */
export const DOMAIN_NAME = new RegExp(`^([\\p{L}\\d][\\p{L}\\d-]*)\\.(?:${NAME_DOMAINS})$`, 'iu');
export const PLACE = /,\s*[A-Z]{2}\b|\b[A-Z][a-z]+,\s*[A-Z][a-z]+|\b(US|USA|UK|EU|EMEA|APAC|Canada|Germany|France|Remote)\b/;
// The genders a European posting opens to, beside its title: "(m/w/d)", "(H/F)", "(f/m/x)", "(M/W/D | Vollzeit)".
export const GENDER_MARK = /\((?:[mwfdhx]|div)\s*[/|,]\s*(?:[mwfdhx]|div)(?:\s*[/|,]\s*(?:[mwfdhx]|div))?\s*(?:[)|,]|$)/i;

// France Travail's "71 - AUTUN", "75 - PARIS 08": a French département's number, then the town
// (and its arrondissement).
// Not "12 - MOIS DE CONTRAT": a duration or a contract is no town.
export const DEPARTEMENT_TOWN = /^(?:\d{2}|2[AB]|97\d)\s+-\s+(?!.*\b(?:MOIS|ANS?|SEMAINES?|JOURS?|HEURES?|CONTRAT|CDI|CDD|POSTES?)\b)\p{Lu}[\p{L}' -]+(?:\s\d{1,2})?$/iu;
