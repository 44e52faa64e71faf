/**
 * npm run serve: serves the static export (out/) as a static host would (see
 * scripts/serve/static-server.ts), under BASE_PATH if set, on 127.0.0.1 unless --host
 * says otherwise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { deployTarget } from '../../lib/site-config';
import { readArgs } from '../cli/args';
import { createStaticServer } from '../serve/static-server';

const USAGE =
  'usage: npm run serve -- [--port 3000] [--dir out] [--host 0.0.0.0]   (port: --port, else $PORT, else 3000)';
const { values } = readArgs(USAGE, {
  options: {
    port: { type: 'string' },
    dir: { type: 'string', default: 'out' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const root = path.resolve(values.dir);
const port = Number(values.port ?? process.env.PORT ?? '3000');
const host = values.host;
const basePath = deployTarget().basePath;
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`${path.relative(process.cwd(), root)}/index.html is missing: run "npm run build" first`);
  process.exit(1);
}
const server = createStaticServer(root, basePath);
server.listen(port, host, () => {
  const { port: actual } = server.address() as { port: number };
  console.log(
    `Serving ${path.relative(process.cwd(), root) || root}/ at http://${host.includes(':') ? `[${host}]` : host}:${actual}${basePath}/`,
  );
});
