import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/domain-*.test.ts'],
          environment: 'node',
          pool: 'forks',
        },
      },
      {
        // The pure rules of src/domain: no database, no files, no clock of their own, so they
        // share one worker instead of a process each (a file's start costs more than its tests).
        extends: true,
        test: { name: 'domain', include: ['test/unit/domain-*.test.ts'], environment: 'node', pool: 'threads', isolate: false },
      },
      {
        extends: true,
        test: { name: 'ui', include: ['test/ui/**/*.test.tsx'], environment: 'jsdom' },
      },
    ],
  },
});
