/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In production the service serves the console and the API from one origin. Locally, Vite stands
// in for it: it proxies the API to a running service (CONSOLE_API_TARGET) so calls stay relative.
// The Host header is kept, as a reverse proxy would, so the links the service builds (the GDPR
// export's zip_url) point back at this origin.
const apiTarget = process.env.CONSOLE_API_TARGET ?? 'http://127.0.0.1:8001';
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/v1': { target: apiTarget, changeOrigin: false },
};

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
  preview: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy,
    // The policy the service sends with the console, so the e2e run proves the build obeys it.
    headers: { 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'" },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
