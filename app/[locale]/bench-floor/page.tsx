import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { env } from '@/lib/env';

// The framework's own floor for `npm run bench`: a page of the same build with
// no database read and no site layout (only the locale's <html>), rendered per
// request like an unseen article, so the article's render cost reads as a ratio
// measured in the same run. A 404 unless the server was started with BENCH_FLOOR=1.
export default async function BenchFloorPage() {
  await connection();
  if (!env.BENCH_FLOOR) notFound();
  return (
    <main>
      <h1>bench floor</h1>
    </main>
  );
}
