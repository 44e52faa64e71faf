/** How the site writes an offer's contract and place, in French. */
import type { Contract } from './schema';

const CONTRACT_LABELS: Record<Contract, string> = {
  cdi: 'CDI',
  cdd: 'CDD',
  freelance: 'Freelance',
  stage: 'Stage',
  alternance: 'Alternance',
};

export const contractLabel = (contract: Contract) => CONTRACT_LABELS[contract];

/** « Lyon », « Lyon ou télétravail », « Télétravail ». */
export function placeLabel({ city, remote }: { city?: string; remote: boolean }): string {
  if (city && remote) return `${city} ou télétravail`;
  return city ?? 'Télétravail';
}
