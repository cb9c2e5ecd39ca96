import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';

/**
 * Encrypts third-party tokens before they are stored (DESIGN: encrypted at rest) with
 * AES-256-GCM under the key from JOBSCOUT_SECRET_KEY: a fresh IV per value, and the GCM tag
 * so a tampered value fails to open instead of yielding garbage.
 */
export class Sealer {
  private readonly key: Buffer;

  constructor(key: string) {
    this.key = Sealer.parseKey(key);
  }

  /** 32 bytes, written as 64 hex digits or in base64. */
  static parseKey(key: string): Buffer {
    const bytes = /^[0-9a-f]{64}$/i.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'base64');
    if (bytes.length !== 32) throw new Error('expected 32 random bytes as 64 hex digits or base64, e.g. from `openssl rand -hex 32`');
    return bytes;
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split(':');
    if (version !== VERSION || !iv || !tag || !body) throw new Error('not a value sealed by Jobscout');
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}
