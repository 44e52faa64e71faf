/** How the site writes an offer's contract and place, in the site's language. */
import { ui } from '../messages/interface';
import type { Contract } from './schema';

export const contractLabel = (contract: Contract) => ui().jobs.contracts[contract];

/** « Lyon », « Lyon ou télétravail », « Télétravail ». */
export function placeLabel({ city, remote }: { city?: string; remote: boolean }): string {
  if (city && remote) return ui().jobs.cityOrRemote(city);
  return city ?? ui().jobs.remote;
}
