/**
 * npm run hosting:rules -- <nginx|apache|caddy|lighttpd> [export folder, default out]: prints
 * the export's old addresses (its `_redirects`) as 301 rules for that server, for the file
 * the recipe of hosting/ includes. Run it again after a build that adds an old address.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readArgs } from '../cli/args';
import { readRedirectsFile } from '../build-steps/export/redirects';
import { SERVERS, type Server, serverRules } from '../build-steps/export/server-rules';
import { sitePaths } from '../../lib/urls';
import { siteConfig } from '../../lib/site-config';

const usage = `usage: npm run hosting:rules -- <${SERVERS.join('|')}> [export folder, default out]`;
const { positionals } = readArgs(usage, { options: {}, allowPositionals: true });
const [server, folder = 'out'] = positionals;
if (!SERVERS.includes(server as Server)) {
  console.error(usage);
  process.exit(1);
}
const file = path.resolve(folder, sitePaths.redirectsFile().slice(1));
if (!fs.existsSync(file)) {
  console.error(`hosting:rules: no ${file}: run npm run build first`);
  process.exit(1);
}
// _redirects holds the base path already; the rules add it again from the configuration.
const redirects = readRedirectsFile(fs.readFileSync(file, 'utf8')).map(({ from, to }) => ({
  from: siteConfig.basePath && from.startsWith(siteConfig.basePath) ? from.slice(siteConfig.basePath.length) : from,
  to,
}));
process.stdout.write(serverRules(server as Server, redirects));
