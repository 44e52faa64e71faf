/**
 * Runs one build step as a child process and measures it: wall seconds, CPU seconds (user +
 * system of the whole process tree, from the kernel's accounting of reaped children, so
 * Next's workers count) and peak resident memory of the tree. On a shared machine the
 * CPU seconds are the figure to compare; wall time depends on the neighbours.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { sampleTree } from './peak-memory';

export type Step = { name: string; seconds: number; cpuSeconds: number; peakBytes: number; output: string };

/** CPU seconds of this process's reaped children (Linux: fields cutime and cstime of /proc/self/stat). */
export function childrenCpuSeconds(): number {
  try {
    const stat = fs.readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

export function runStep(
  name: string,
  command: string,
  argv: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<Step> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const child = spawn(command, argv, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    });
    const sampler = sampleTree(child.pid!);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => {
      const peakBytes = sampler.stop();
      if (code !== 0) return reject(new Error(`${name} failed (exit ${code}):\n${output.slice(-3000)}`));
      resolve({
        name,
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: childrenCpuSeconds() - cpuBefore,
        peakBytes,
        output,
      });
    });
  });
}
