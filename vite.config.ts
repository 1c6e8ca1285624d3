import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The explorer lives in client/; the server serves the build from dist/client on the same port as /graphql.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 900 },
  server: {
    port: 5173,
    proxy: {
      '/graphql': 'http://127.0.0.1:4000',
      '/healthz': 'http://127.0.0.1:4000',
      '/briefings': 'http://127.0.0.1:4000',
    },
  },
});
