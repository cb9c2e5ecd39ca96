// Every table, for drizzle-kit and for the typed database handle.
export * from './people.js';
export * from './communities.js';
export * from './jobs.js';
export * from './applications.js';
export * from './interviews.js';
export * from './offers.js';
export * from './notes.js';
export * from './deliveries.js';
export * from './handledRequests.js';
export * from './slackInstallations.js';
export * from './discordDmChannels.js';
export * from './jobAnalyses.js';
export * from './profiles.js';
export * from './boards.js';
export * from './preferences.js';
export * from './recommendations.js';
export * from './followups.js';
