import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { isPublicAddress } from '../http/addressPolicy.js';
import { SendFailure } from '../../domain/email/mailer.js';

/**
 * The address to connect to for a mail server a person named. A name is looked up here and the
 * connection made to the address found, so one that resolves to a private address (this host's
 * own network) is refused unless the operator listed it in JOBSCOUT_SMTP_ALLOW_HOSTS.
 */
export async function mailHostAddress(host: string, port: number, allowHosts: ReadonlySet<string>): Promise<{ address: string; allowListed: boolean }> {
  const allowListed = allowHosts.has(host) || allowHosts.has(`${host}:${port}`);
  let address: string;
  try {
    address = isIP(host) ? host : (await lookup(host)).address;
  } catch (error) {
    // No such name is a typo to fix; a resolver that could not answer may answer later.
    const missing = (error as NodeJS.ErrnoException).code === 'ENOTFOUND';
    throw new SendFailure(missing ? 'permanent' : 'temporary', `could not find the server ${host}`);
  }
  if (!allowListed && !isPublicAddress(address)) throw new SendFailure('permanent', `${host} is not on the public internet`);
  return { address, allowListed };
}
