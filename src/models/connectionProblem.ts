import { StartupError } from '../startupError.js';
import { causeChain } from './errorCauses.js';

/** The server's address for messages: the URL without its password. */
function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the value given';
  }
}

/**
 * Why the PostgreSQL server in DATABASE_URL could not be used, in words that say what to change;
 * null for an error that is not about reaching it (left to the general report).
 */
export function explainConnectionProblem(error: unknown, url: string): StartupError | null {
  const where = describeServer(url);
  const causes = causeChain(error);
  for (const cause of causes) {
    const problem = PROBLEMS[cause.code ?? ''];
    if (problem) return new StartupError(`DATABASE_URL (${where}): ${problem}`);
  }
  if (causes.some((cause) => cause instanceof TypeError && /Invalid URL/i.test(cause.message))) {
    return new StartupError(`DATABASE_URL is not a PostgreSQL address. Write it as postgres://user:password@host:5432/database.`);
  }
  return null;
}

// Network errors from Node, then PostgreSQL's SQLSTATE codes for the ones a new setup meets.
const PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'connection refused: nothing is listening there. Start PostgreSQL, or correct the host and port.',
  ENOTFOUND: 'unknown host. Correct the host name.',
  EAI_AGAIN: 'the host name could not be looked up right now. Check the name and the network.',
  ETIMEDOUT: 'the connection timed out. Check the host, the port and any firewall between.',
  EHOSTUNREACH: 'the host cannot be reached. Check the host and the network.',
  '3D000': 'the database does not exist. Create it (createdb <name>) or correct the name at the end of the URL.',
  '28P01': 'password authentication failed. Correct the user name and password.',
  '28000': 'the server refused this user (no such role, or pg_hba.conf does not allow it). Correct the user, or allow it on the server.',
  '57P03': 'the server is starting up or shutting down. Try again in a moment.',
  '53300': 'the server has no free connections. Raise max_connections or stop other clients.',
};
