import { db } from '@/db';
import { databaseHealth } from '@/db/health';

export const dynamic = 'force-dynamic';

/** For load balancers and monitors: 200 when the database answers and is migrated, 503 otherwise. */
export function GET() {
  try {
    const health = databaseHealth(db.$client);
    return Response.json(
      { status: health.migrations.current ? 'ok' : 'degraded', ...health },
      { status: health.migrations.current ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    );
  } catch {
    return Response.json(
      { status: 'error', database: 'unreachable' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
