import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dashboard talks only to the gateway, through /graphql (and /files for attachments) on its own origin (no CORS, no token in URLs).
const gateway = { target: process.env.GATEWAY_URL ?? 'http://localhost:4000', changeOrigin: true };
const proxy = { '/graphql': gateway, '/files': gateway };

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, host: '127.0.0.1', proxy },
  preview: { port: 5173, host: '127.0.0.1', proxy },
});
