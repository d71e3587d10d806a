import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // The marker package throws outside React Server Components; tests run the server code directly.
      'server-only': path.resolve(import.meta.dirname, 'tests/support/empty.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['e2e/**', '.next/**', 'node_modules/**'],
    environment: 'node',
    // Password hashing (scrypt) and real SQLite files take seconds when the shared machine is busy.
    testTimeout: 20_000,
  },
});
