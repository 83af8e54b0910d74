import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Where `npm run dev` / `npm run preview` send /graphql: the Spring Boot app, port 8080 unless
// TANDEM_BACKEND_URL says otherwise (e.g. TANDEM_BACKEND_URL=http://localhost:18082).
const backend = process.env.TANDEM_BACKEND_URL ?? 'http://localhost:8080';
const proxy = {
  '/graphql': {
    target: backend,
    changeOrigin: true,
    // Live updates (graphql-transport-ws). The backend takes the session cookie on a handshake only from its own
    // origin, and the dev server is another one: name the backend as the origin, as a same-site page would.
    ws: true,
    configure: (server: {
      on: (
        event: 'proxyReqWs',
        listener: (request: { setHeader: (name: string, value: string) => void }) => void,
      ) => void;
    }) => {
      server.on('proxyReqWs', (request) => request.setHeader('Origin', new URL(backend).origin));
    },
  },
  '/graphiql': { target: backend, changeOrigin: true },
};

// The libraries of the web app's own pages (with what they pull in): one vendor chunk. Anything else, such as
// GraphiQL's editor and language service (graphiql.html), gets chunks of its own that app pages never load.
const appLibraries =
  /node_modules[\\/](react|react-dom|scheduler|urql|@urql[\\/]core|wonka|@0no-co[\\/]graphql\.web|graphql-ws|i18next|i18next-browser-languagedetector|react-i18next|html-parse-stringify|void-elements|use-sync-external-store|react-router|cookie|set-cookie-parser|papaparse|@babel[\\/]runtime|react-compiler-runtime)[\\/]/;

// The build goes straight into the Maven module's classes, so the jar carries it
// under static/ and Spring Boot serves static/index.html at "/".
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy,
    // Tests only: error-codes.test.ts reads the backend's ErrorCode.java to check the app knows every code.
    ...(process.env.VITEST ? { fs: { allow: ['.', '../backend/src/main/java/app/tandem/shared'] } } : {}),
  },
  // Pre-bundle the chart library of the lazy pages, so the dev server does not reload on first visit.
  optimizeDeps: { include: ['recharts'] },
  preview: { proxy },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    // GraphiQL's own chunk (editor and language service, only /graphiql loads it) is near 800 kB; app chunks stay under 500.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // Two pages: the web app, and GraphiQL from the app's own bundle (served at /graphiql by the backend).
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql.html', import.meta.url)),
      },
      output: {
        // Named chunks: libraries every page needs, and the chart library only the chart pages load.
        codeSplitting: {
          // Otherwise a group also takes what its modules import (React would end up in "charts").
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|redux-thunk|react-redux|react-is|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|clsx)[\\/]/,
              priority: 2,
            },
            { name: 'vendor', test: appLibraries, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
  },
});
