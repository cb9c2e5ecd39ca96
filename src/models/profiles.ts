import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

export const SKILL_LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const REMOTE_PREFERENCES = ['remote', 'hybrid', 'onsite', 'any'] as const;
export type RemotePreference = (typeof REMOTE_PREFERENCES)[number];

export interface ProfileSkill {
  name: string;
  /** The taxonomy category, or null for a skill Jobscout doesn't know. */
  category: string | null;
  level: SkillLevel;
}

/** What a person brings and wants: private to them, used for fit scores and recommendations. */
export const profiles = pgTable('profiles', {
  personId: integer('person_id')
    .primaryKey()
    .references(() => people.id),
  skills: jsonb('skills').$type<ProfileSkill[]>().notNull(),
  yearsExperience: integer('years_experience'),
  targetTitles: jsonb('target_titles').$type<string[]>().notNull(),
  locations: jsonb('locations').$type<string[]>().notNull(),
  remotePreference: text('remote_preference').$type<RemotePreference>().notNull(),
  salaryFloor: integer('salary_floor'),
  salaryCurrency: text('salary_currency'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type ProfileRow = typeof profiles.$inferSelect;
