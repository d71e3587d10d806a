import { db } from '@/db';
import { databaseHealth } from '@/db/health';
import { configurationWarnings } from '@/lib/client-address';

export const dynamic = 'force-dynamic';

/**
 * For load balancers and monitors: 200 when the database answers and is
 * migrated, 503 otherwise. `warnings`, when present, name settings to fix that do not stop serving.
 */
export function GET() {
  try {
    const health = databaseHealth(db.$client);
    const warnings = configurationWarnings();
    return Response.json(
      { status: health.migrations.current ? 'ok' : 'degraded', ...health, ...(warnings.length ? { warnings } : {}) },
      { status: health.migrations.current ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    );
  } catch {
    return Response.json(
      { status: 'error', database: 'unreachable' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
