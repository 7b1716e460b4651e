import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dateline } from './src/compiler/vite-plugin.ts';

// DATELINE_BASE sets the path the static build is served under, e.g. "/dateline/" on a shared host.
export default defineConfig({
  base: process.env.DATELINE_BASE ?? '/',
  plugins: [react(), dateline()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: false },
});
