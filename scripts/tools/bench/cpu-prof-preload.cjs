// Preload for profiling child processes (Node 20 refuses --cpu-prof in NODE_OPTIONS):
//   CPU_PROF_DIR=prof NODE_OPTIONS="--require ./scripts/tools/bench/cpu-prof-preload.cjs" next build
// profiles every Node process started and writes prof/<pid>-<script>.cpuprofile when it exits.
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');
const dir = process.env.CPU_PROF_DIR;
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 1000 });
session.post('Profiler.start');
let done = false;
const write = () => {
  if (done) return;
  done = true;
  session.post('Profiler.stop', (err, { profile } = {}) => {
    if (err || !profile) return;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, `${process.pid}-${path.basename(process.argv[1] || 'node')}.cpuprofile`),
      JSON.stringify(profile),
    );
  });
};
process.on('exit', write);
for (const sig of ['SIGTERM', 'SIGINT'])
  process.once(sig, () => {
    write();
    process.exit(0);
  });
