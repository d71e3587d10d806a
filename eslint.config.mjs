import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import drizzle from 'eslint-plugin-drizzle';
import prettier from 'eslint-config-prettier/flat';

// Layers, one way each: app → components → lib → db → lib/text.
// - components receive data from pages: they never read the database or the session;
// - lib (sessions, the story workflow, the cache owner) may read db, never app or components;
// - db reads and writes the tables and uses only the pure text rules of lib/text
//   and the checked settings of lib/env (a leaf: it imports nothing of the portal);
// - lib/text is pure: it imports nothing of the portal but itself.
const upward = [
  {
    group: ['@/app/*', '**/app/*'],
    message: 'Only routes live in app/: move what is shared into lib/ or components/.',
  },
  {
    group: ['@/components/*', '**/components/*'],
    message: 'lib/ and db/ never render: pass data to components from the page.',
  },
];
const dbValues = {
  group: ['@/db', '@/db/*', '../db/*', '../../db/*'],
  allowTypeImports: true,
  message: 'Components get their data from the page as props; only `import type` from db/.',
};
const serverLib = {
  group: ['@/lib/auth/*', '!@/lib/auth/permissions', '@/lib/cache/*', '!@/lib/cache/tags', '@/lib/stories/load'],
  allowTypeImports: true,
  message: 'Components get sessions and data from the page as props.',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['components/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [dbValues, serverLib] }] },
  },
  {
    files: ['lib/**'],
    ignores: ['lib/text/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: upward }] },
  },
  {
    files: ['lib/text/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...upward,
            {
              group: ['@/db', '@/db/*', '@/lib/*', '!@/lib/text/*'],
              message: 'lib/text is pure: no database, no server.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**'],
    // The seeders and the backup are scripts on top of every layer.
    ignores: ['db/seed/**', 'db/setup.ts', 'db/backup.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...upward,
            {
              group: [
                '@/lib/*',
                '!@/lib/text',
                '!@/lib/text/*',
                '!@/lib/env',
                '../lib/*',
                '../../lib/*',
                '!../lib/text/*',
                '!../../lib/text/*',
                '!../lib/env',
                '!../../lib/env',
              ],
              allowTypeImports: true,
              message:
                'db/ sits below lib/: it may use only the pure text rules in lib/text and the settings in lib/env.',
            },
          ],
        },
      ],
    },
  },
  {
    // Test fixtures are called use…() by Vitest's and Playwright's convention; they are not React hooks.
    files: ['tests/**', 'e2e/**', 'scripts/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  prettier,
  globalIgnores([
    '.next/**',
    'node_modules/**',
    'data/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'db/migrations/**',
  ]),
]);
