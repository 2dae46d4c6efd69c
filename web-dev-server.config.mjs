import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

export default {
  rootDir: '.',
  nodeResolve: { exportConditions: ['production'] },
  // The address printed on start is the root: send it to the demo. /docs is the docs site that
  // npm run docs builds into dist-docs/.
  middleware: [
    function rootToDemo(context, next) {
      if (context.url === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      if (context.url === '/docs' || context.url === '/docs/') {
        context.redirect('/dist-docs/index.html');
        return undefined;
      }
      return next();
    },
  ],
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
