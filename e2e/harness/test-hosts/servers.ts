/**
 * The real web servers of the test of hosts, each started as a process of the test with
 * its recipe from hosting/ (nothing installed as a service): the recipe's placeholders (the
 * root, the port, the file of redirect rules) are replaced, each one checked to be there, so
 * the recipe that is published is the one that is tested.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serverRules, type Server } from '../../../scripts/build-steps/export/server-rules';
import { readRedirectsFile } from '../../../scripts/build-steps/export/redirects';
import { sitePaths } from '../../../lib/urls';

const RECIPES = path.resolve('hosting');
const ROOT = '/var/www/community-site';

export type Started = { name: string; port: number; process: ChildProcess; log: string };

function recipe(file: string, replacements: [string, string][]): string {
  let text = fs.readFileSync(path.join(RECIPES, file), 'utf8');
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`hosting/${file} no longer contains ${from}: update the test of hosts`);
    text = text.split(from).join(to);
  }
  return text;
}

function rulesFile(server: Server, outDir: string, dir: string, ext: string): string {
  const file = path.join(dir, `redirects.${ext}`);
  const redirects = readRedirectsFile(fs.readFileSync(path.join(outDir, sitePaths.redirectsFile()), 'utf8'));
  fs.writeFileSync(file, serverRules(server, redirects, ''));
  return file;
}

type Plan = { command: string; args: string[]; env?: Record<string, string> };

const PLANS: Record<Server, (outDir: string, port: number, dir: string) => Plan> = {
  nginx(outDir, port, dir) {
    const server = recipe('nginx.conf', [
      ['listen 80;', `listen 127.0.0.1:${port};`],
      [ROOT, outDir],
      ['/etc/nginx/community-site-redirects.conf', rulesFile('nginx', outDir, dir, 'nginx')],
    ]);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((t) => `${t}_temp_path ${path.join(dir, t)};`)
      .join(' ');
    fs.writeFileSync(
      path.join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid; error_log ${dir}/error.log; worker_processes 1; events {}\n` +
        `http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off; ${temp}\n${server}\n}\n`,
    );
    return { command: 'nginx', args: ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'] };
  },
  apache(outDir, port, dir) {
    const vhost = recipe('apache.conf', [
      ['*:80', `127.0.0.1:${port}`],
      [ROOT, outDir],
    ]);
    const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'alias', 'headers']
      .map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`)
      .join('\n');
    const user = process.getuid?.() === 0 ? 'User nobody\nGroup nogroup\n' : '';
    fs.writeFileSync(
      path.join(dir, 'apache2.conf'),
      `ServerRoot ${dir}\n${modules}\n${user}Listen 127.0.0.1:${port}\nPidFile ${dir}/apache.pid\n` +
        `ErrorLog ${dir}/error.log\nTypesConfig /etc/mime.types\nServerName localhost\n${vhost}\n`,
    );
    return { command: 'apache2', args: ['-f', path.join(dir, 'apache2.conf'), '-DFOREGROUND'] };
  },
  caddy(outDir, port, dir) {
    const site = recipe('Caddyfile', [
      ['www.example.org {', `http://127.0.0.1:${port} {`],
      [ROOT, outDir],
      ['/etc/caddy/community-site-redirects.caddy', rulesFile('caddy', outDir, dir, 'caddy')],
    ]);
    fs.writeFileSync(path.join(dir, 'Caddyfile'), `{\n\tadmin off\n}\n${site}`);
    return {
      command: 'caddy',
      args: ['run', '--config', path.join(dir, 'Caddyfile'), '--adapter', 'caddyfile'],
      env: { HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    };
  },
  lighttpd(outDir, port, dir) {
    const config = recipe('lighttpd.conf', [
      ['server.port = 80', `server.port = ${port}\nserver.bind = "127.0.0.1"\nserver.errorlog = "${dir}/error.log"`],
      [ROOT, outDir],
      ['/etc/lighttpd/community-site-redirects.conf', rulesFile('lighttpd', outDir, dir, 'lighttpd')],
    ]);
    fs.writeFileSync(path.join(dir, 'lighttpd.conf'), config);
    return { command: 'lighttpd', args: ['-D', '-f', path.join(dir, 'lighttpd.conf')] };
  },
};

export function startServer(server: Server, outDir: string, port: number, dir: string): Started {
  fs.mkdirSync(dir, { recursive: true });
  const plan = PLANS[server](outDir, port, dir);
  const log = path.join(dir, 'output.log');
  const out = fs.openSync(log, 'a');
  const child = spawn(plan.command, plan.args, {
    stdio: ['ignore', out, out],
    env: { ...process.env, ...plan.env },
  });
  return { name: server, port, process: child, log };
}
