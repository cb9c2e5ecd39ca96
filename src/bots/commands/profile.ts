import { z } from 'zod';
import { formatMoney, parseMoney } from '../../domain/ats/money.js';
import { UserError } from '../../domain/errors.js';
import { getProfile, parseLocations, parseProfileSkills, saveProfile } from '../../domain/people/profile.js';
import type { ProfileRow } from '../../models/profiles.js';
import { ui, type Reply } from '../ui.js';
import { FieldReader } from './formValues.js';
import { defineCommand, type CommandContext, type FormDefinition } from './types.js';
import { readWholeNumber } from '../../domain/wholeNumbers.js';

const MAX_SKILLS_TEXT = 2000;

function skillsText(profile: ProfileRow | null): string | undefined {
  return profile?.skills.map((skill) => `${skill.name}: ${skill.level}`).join(', ') || undefined;
}

/** How the person said where they want to work, for a form's initial value. */
export function locationsText(profile: ProfileRow | null): string | undefined {
  if (!profile) return undefined;
  const places = profile.locations.join(', ');
  if (profile.remotePreference === 'remote') return 'remote';
  if (profile.remotePreference === 'any') return places ? `${places} or remote` : undefined;
  return [places, profile.remotePreference === 'hybrid' ? 'hybrid' : 'on-site'].filter(Boolean).join(', ');
}

async function openProfileForm(ctx: CommandContext): Promise<Reply> {
  const profile = await getProfile(ctx.services.db, ctx.person.id);
  return ui.form({
    id: 'profile',
    context: '',
    title: 'Your profile',
    submitLabel: 'Save profile',
    fields: [
      { name: 'skills', label: 'Skills, with levels', kind: 'multiline', required: true, placeholder: 'TypeScript: expert, PostgreSQL: advanced, Kubernetes: beginner', hint: 'Levels: beginner, intermediate, advanced, expert.', initial: skillsText(profile) },
      { name: 'years', label: 'Years of experience', kind: 'text', required: false, placeholder: '6', initial: profile?.yearsExperience?.toString() },
      { name: 'titles', label: 'Titles you are aiming for', kind: 'text', required: false, placeholder: 'Senior Backend Engineer, Staff Engineer', initial: profile?.targetTitles.join(', ') || undefined },
      { name: 'locations', label: 'Where you want to work', kind: 'text', required: false, placeholder: 'Berlin, Lisbon or remote', initial: locationsText(profile) },
      { name: 'salary', label: 'Salary floor (yearly)', kind: 'text', required: false, placeholder: '90k EUR', initial: profile?.salaryFloor ? formatMoney(profile.salaryFloor, profile.salaryCurrency) : undefined },
    ],
  });
}

export const profile = defineCommand({
  name: 'edit',
  summary: 'Your skills, experience and wishes, for fit scores (opens a form)',
  usage: '/job profile',
  options: [],
  opensForm: true,
  schema: z.object({}),
  run: (ctx) => openProfileForm(ctx),
});

export const profileForm: FormDefinition = {
  id: 'profile',
  open: (ctx) => openProfileForm(ctx),
  async submit(ctx, _context, values) {
    const fields = new FieldReader(values);
    const { taxonomy } = ctx.services;
    const skills = fields.requiredParse('skills', 'Skills', (raw) => {
      if (raw.length > MAX_SKILLS_TEXT) throw new UserError('too_long', `Skills can be at most ${MAX_SKILLS_TEXT} characters.`);
      return parseProfileSkills(raw, taxonomy);
    });
    const years = fields.parse('years', (raw) => {
      const value = readWholeNumber(raw);
      if (value === null || value < 0 || value > 60) throw new UserError('bad_years', 'Years of experience must be a whole number between 0 and 60, e.g. 6.');
      return value;
    });
    const titles = (fields.optional('titles', 'Titles') ?? '').split(',').map((title) => title.trim()).filter(Boolean);
    const where = parseLocations(fields.optional('locations', 'Where you want to work') ?? '');
    const salary = fields.parse('salary', (raw) => parseMoney(raw, 'salary floor'));
    if (!fields.ok || !skills) return { ok: false, errors: fields.errors };
    const saved = await saveProfile(ctx.services, ctx.person.id, {
      skills,
      yearsExperience: years,
      targetTitles: titles,
      locations: where.locations,
      remotePreference: where.remotePreference,
      salaryFloor: salary?.amount ?? null,
      salaryCurrency: salary?.currency ?? null,
    });
    const unknown = saved.skills.filter((skill) => !skill.category).map((skill) => skill.name);
    return {
      ok: true,
      reply: ui.message([
        ui.header('Your profile is saved'),
        ui.fields([
          { label: 'Skills', value: saved.skills.map((skill) => `${skill.name} (${skill.level})`).join(', ') },
          ...(saved.yearsExperience !== null ? [{ label: 'Experience', value: `${saved.yearsExperience} years` }] : []),
          ...(saved.targetTitles.length ? [{ label: 'Aiming for', value: saved.targetTitles.join(', ') }] : []),
          { label: 'Where', value: locationsText(saved) ?? 'anywhere' },
          ...(saved.salaryFloor !== null ? [{ label: 'Salary floor', value: formatMoney(saved.salaryFloor, saved.salaryCurrency) }] : []),
        ]),
        ui.context(
          unknown.length
            ? `Jobscout doesn't know ${unknown.join(', ')} yet; they are kept but can't be matched to postings. Try /job fit <id> on an application.`
            : 'Try /job fit <id> on an application.',
        ),
      ]),
    };
  },
};
