// `npm run setup`: applies committed migrations and, on an empty database, seeds
// the demo newsroom and creates the first admin. Safe to run on every start.
import { databasePath, migrateDatabase, openDatabase } from './client';
import { isEmpty, seedDemoContent } from './seed/seed-demo';
import { ensureFirstAdmin } from './seed/first-admin';

const file = databasePath();
const db = openDatabase(file);
migrateDatabase(db);
if (isEmpty(db)) {
  seedDemoContent(db);
  console.log(`Seeded demo content into ${file}`);
} else {
  console.log(`Database ${file} is up to date`);
}
try {
  const adminNotice = await ensureFirstAdmin(db);
  if (adminNotice) console.log(`\n${adminNotice}\n`);
} catch (error) {
  // A first admin with a guessable password is not created: the server must not start without one.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
