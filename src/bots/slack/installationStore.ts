import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { eq } from 'drizzle-orm';
import type { Clock } from '../../domain/services.js';
import type { Database } from '../../models/database.js';
import type { Sealer } from '../../domain/secrets/sealer.js';
import { slackInstallations } from '../../models/slackInstallations.js';

function keyOf(installation: Installation): string {
  const id = installation.isEnterpriseInstall && installation.enterprise?.id ? installation.enterprise.id : installation.team?.id;
  if (!id) throw new Error('Slack sent an installation with neither a team nor an enterprise id');
  return id;
}

function queryKey(query: InstallationQuery<boolean>): string {
  const id = query.isEnterpriseInstall && query.enterpriseId ? query.enterpriseId : (query.teamId ?? query.enterpriseId);
  if (!id) throw new Error('Slack installation query names neither a team nor an enterprise');
  return id;
}

/** Bolt's installation store on our PostgreSQL, tokens sealed, so multi-workspace installs survive restarts. */
export function postgresInstallationStore(db: Database, clock: Clock, sealer: Sealer): InstallationStore {
  return {
    async storeInstallation(installation) {
      const row = {
        id: keyOf(installation as Installation),
        teamId: installation.team?.id ?? null,
        enterpriseId: installation.enterprise?.id ?? null,
        sealedInstallation: sealer.seal(JSON.stringify(installation)),
        installedAt: clock(),
      };
      // A reinstall (new scopes, new token) replaces the old record.
      await db.insert(slackInstallations).values(row).onConflictDoUpdate({ target: slackInstallations.id, set: row });
    },
    async fetchInstallation(query) {
      const [row] = await db.select().from(slackInstallations).where(eq(slackInstallations.id, queryKey(query)));
      if (!row) throw new Error(`Jobscout is not installed in Slack workspace ${queryKey(query)}`);
      return JSON.parse(sealer.open(row.sealedInstallation)) as Installation<'v2', boolean>;
    },
    async deleteInstallation(query) {
      await db.delete(slackInstallations).where(eq(slackInstallations.id, queryKey(query)));
    },
  };
}

/** Finds the bot token for a workspace; null when Jobscout isn't installed there. */
export type TokenSource = (teamId: string) => Promise<string | null>;

export function singleWorkspaceTokens(botToken: string): TokenSource {
  return async () => botToken;
}

export function installedTokens(store: InstallationStore): TokenSource {
  return async (teamId) => {
    try {
      const installation = await store.fetchInstallation({ teamId, isEnterpriseInstall: false, enterpriseId: undefined });
      return installation.bot?.token ?? null;
    } catch {
      return null;
    }
  };
}
