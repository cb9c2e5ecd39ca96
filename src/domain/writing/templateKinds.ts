/** The messages Jobscout can draft, one template file each in config/templates. */
export const TEMPLATE_KINDS = {
  'applied-3': 'After applying: day 3',
  'applied-7': 'After applying: day 7, no news',
  'applied-14': 'After applying: day 14, no news',
  'thank-you': 'Thank-you after an interview',
  nudge: 'No response after an interview',
  'offer-time': 'Offer: asking for time to decide',
  'offer-accept': 'Offer: accepting',
  'offer-decline': 'Offer: declining politely',
  withdraw: 'Withdrawing an application',
  'cover-letter': 'Cover letter',
} as const;

export type TemplateKind = keyof typeof TEMPLATE_KINDS;

export const TEMPLATE_KIND_NAMES = Object.keys(TEMPLATE_KINDS) as TemplateKind[];

export function isTemplateKind(value: string): value is TemplateKind {
  return Object.hasOwn(TEMPLATE_KINDS, value);
}

/** Every variable a template may use, with what it becomes. */
export const TEMPLATE_VARIABLES = {
  name: 'your name',
  company: 'the company',
  role: 'the job title',
  contact: 'your contact there (recruiter first), or "there" when you have none',
  interviewer: 'who interviewed you, or your contact',
  days: 'days since you applied',
  notes: 'what you noted about the conversation (empty when nothing)',
  skills: 'your skills the posting asks for (empty when none are known)',
} as const;

export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;

export type TemplateValues = Record<TemplateVariable, string>;
