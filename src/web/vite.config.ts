/**
 * The console's build: React through Vite, from `src/web` into `dist/web` (never committed),
 * one chunk per screen so the 24/7 desk loads only what it shows. Built on `npm install`
 * (`prepare`) or on the first `comity start` that finds no bundle.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export const CONSOLE_OUT_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: CONSOLE_OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // A single module-preload polyfill is not needed by the browsers the console supports.
    modulePreload: { polyfill: false },
    // The largest chunk is the graph library (Cytoscape.js, ~440 kB), fetched only when an
    // incident's graph is opened; every screen's own chunk stays well under this.
    chunkSizeWarningLimit: 460,
  },
});
