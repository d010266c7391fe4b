// The administrator the suite's shared server creates at start-up (THROUGHLINE_ADMIN_EMAIL and
// _PASSWORD), and where the setup project keeps its signed-in browser state for every scenario.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ADMIN = { email: 'admin@e2e.example', password: 'e2e admin password 1', name: 'Administrator' };

/**
 * The signed-in state of this run, in the run's own directory (playwright.config.ts sets
 * E2E_AUTH_DIR): a run in another checkout or by another user must not replace our session.
 */
export function adminStorageState() {
  return join(process.env.E2E_AUTH_DIR ?? tmpdir(), 'throughline-e2e-admin.json');
}
