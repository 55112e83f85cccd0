import { defineConfig } from 'vite';

// The demo consumes the built packages (dist/) like any app would; `npm start` builds them first.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { target: 'es2022' },
});
