import path from 'node:path';

/** The export the live-content suite checks: out/, or another build of some content (E2E_LIVE_DIR). */
export const LIVE_OUT = path.resolve(process.env.E2E_LIVE_DIR ?? 'out');
