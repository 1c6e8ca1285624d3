import { readFileSync } from 'node:fs';

/**
 * CPU seconds a process has used (user + system, from /proc): less swayed by other processes on a shared machine
 * than the wall clock. NaN without a pid.
 */
export function cpuSeconds(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
