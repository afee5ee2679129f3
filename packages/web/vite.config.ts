/**
 * Vite build of the web app: one entry (the guide loads first; languages and the consoles are separate chunks
 * loaded on demand), output in packages/web/dist, which `zairyu serve` serves.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // no inline script: the server's Content-Security-Policy allows scripts from 'self' only
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
