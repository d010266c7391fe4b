// The administrator the suite's shared server creates at start-up (THROUGHLINE_ADMIN_EMAIL and
// _PASSWORD), and where the setup project keeps its signed-in browser state for every scenario.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ADMIN = { email: 'admin@e2e.example', password: 'e2e admin password 1', name: 'Administrator' };

export const ADMIN_STORAGE_STATE = join(dirname(fileURLToPath(import.meta.url)), '../../test-results/.auth/admin.json');
