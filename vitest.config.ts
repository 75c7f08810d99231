import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', pool: 'forks' },
      },
      {
        extends: true,
        test: { name: 'ui', include: ['test/ui/**/*.test.tsx'], environment: 'jsdom' },
      },
    ],
  },
});
