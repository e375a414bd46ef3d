// Builds the web app into apps/web/dist, which the server serves (apps/server/src/app.ts).
// `npm run build` runs this from the repository root; the dev server proxies the API to a running server.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.LINLI_API ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  // '@linli/shared' resolves through the npm workspace symlink to packages/shared/src (TypeScript source).
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500, // Ant Design alone is about 1 MB before compression
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/healthz': { target: api, changeOrigin: false },
      '/readyz': { target: api, changeOrigin: false },
    },
  },
});
