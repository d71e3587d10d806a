import 'server-only';
import { openDatabase, type PortalDatabase } from './client';

// One connection per server process; kept on globalThis so dev reloads reuse it.
const globalForDb = globalThis as unknown as { portalDb?: PortalDatabase };

export const db: PortalDatabase = globalForDb.portalDb ?? openDatabase();
globalForDb.portalDb = db;
