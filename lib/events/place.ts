/** Where an event happens: its postal address in one line and a map link (no map script). */
import type { Venue } from '../content/types';

/** "24 avenue Daniel Rops, 73000 Chambéry", or just the city. */
export function formatAddress(venue: Venue): string {
  const city = [venue.postalCode, venue.city].filter(Boolean).join(' ');
  return [venue.address, city].filter(Boolean).join(', ');
}

/** OpenStreetMap centred on the venue with a marker, or a search for its address. */
export function mapUrl(venue: Venue): string {
  if (venue.lat !== undefined && venue.lng !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${venue.lat}&mlon=${venue.lng}#map=17/${venue.lat}/${venue.lng}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${venue.name}, ${formatAddress(venue)}`)}`;
}
