import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

export default {
  rootDir: '.',
  nodeResolve: { exportConditions: ['production'] },
  appIndex: 'demo/index.html',
  open: false,
  watch: false,
  port: Number(process.env.PORT ?? 8000),
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
