/**
 * One port serves the two exports the browser tests need, told apart by host name:
 * http://localhost:<port>/ the live content's (out/, or E2E_LIVE_DIR), and
 * http://127.0.0.1:<port>/ the fixture site's (.cache/out-fixture/).
 * Started by playwright.config.ts.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { deployTarget } from '../../lib/site-config';
import { FIXTURE_OUT } from '../fixture-site/site';
import { LIVE_OUT } from '../live-export';
import { readArgs } from '../../scripts/cli/args';
import { createStaticServer } from '../../scripts/serve/static-server';

const { values } = readArgs('usage: npx tsx e2e/harness/serve-exports.ts [--port 4173]', {
  options: { port: { type: 'string', default: '4173' } },
});
const port = Number(values.port);

function site(root: string, basePath: string, howToBuild: string): http.Server | string {
  if (!fs.existsSync(path.join(root, 'index.html')))
    return `${path.relative(process.cwd(), root)}/index.html is missing: run "${howToBuild}" first`;
  return createStaticServer(root, basePath);
}

const live = site(LIVE_OUT, deployTarget().basePath, 'npm run build');
const fixture = site(FIXTURE_OUT, '', 'npm run build:fixture');

http
  .createServer((req, res) => {
    const target = (req.headers.host ?? '').startsWith('127.0.0.1') ? fixture : live;
    if (typeof target === 'string') {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end(target);
    }
    target.emit('request', req, res);
  })
  .listen(port, () => {
    for (const s of [live, fixture]) if (typeof s === 'string') console.warn(s);
    console.log(
      `Serving the live export at http://localhost:${port}/ and the fixture site at http://127.0.0.1:${port}/`,
    );
  });
