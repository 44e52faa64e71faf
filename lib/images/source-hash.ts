/**
 * The name of a photo's folder of variants (/_img/<hash>/): its bytes and the encoding
 * settings, so a changed photo or a changed setting gets new addresses and no cache serves
 * the old one. Also how the PR preview tells which photo a page shows.
 */
import crypto from 'node:crypto';
import { SETTINGS } from './variants';

const SETTINGS_KEY = JSON.stringify(SETTINGS);

export function sourceHash(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).update(SETTINGS_KEY).digest('hex').slice(0, 16);
}
