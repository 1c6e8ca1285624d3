import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The entry (src/main.tsx) is tiny: it starts a chain page's map request and then imports the explorer
 * (src/boot.tsx). That chunk is listed as a modulepreload in index.html, so the browser fetches it alongside the
 * entry instead of after it (with the chunks it imports) — and `bench/client.ts` counts it in the first page's JavaScript, as it is.
 */
function preloadBoot(): Plugin {
  return {
    name: 'preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {});
        const boot = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/boot.tsx'));
        if (boot?.type !== 'chunk') throw new Error('preload-boot: no chunk for src/boot.tsx in the build');
        // The chunk and the chunks it imports statically, except the entry (already a script of the page).
        const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry)?.fileName;
        return [boot.fileName, ...boot.imports.filter((f) => f !== entry)].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// The explorer lives in client/; the server serves the build from dist/client on the same port as /graphql.
export default defineConfig({
  root: 'client',
  plugins: [react(), preloadBoot()],
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
