import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The build goes straight into the Maven module's classes, so the jar carries it
// under static/ and Spring Boot serves static/index.html at "/".
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
