// CPU time over a run, from Linux's /proc: what the measured processes used
// (every thread: V8's collector and libuv's pool count too), what the whole
// machine used, and what the hypervisor took from it (steal). A throughput
// figure then reads against the cores that produced it.
import fs from 'node:fs';

// /proc counts CPU time in ticks of USER_HZ, 100 a second on Linux.
const TICKS_PER_SECOND = 100;

type Snapshot = { at: number; processes: number; busy: number; steal: number };

export type CpuUse = {
  /** Cores the measured processes kept busy, on average over the run. */
  processCores: number;
  /** Cores the whole machine kept busy (the processes, the load generator, everything else). */
  machineCores: number;
  /** Cores' worth of time the hypervisor gave to other machines. */
  stealCores: number;
};

function processTicks(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command's closing parenthesis; utime and stime are the 14th and 15th of the line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

function snapshot(pids: number[]): Snapshot {
  const [user, nice, system, , , irq, softirq, steal] = fs
    .readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return {
    at: performance.now(),
    processes: pids.reduce((sum, pid) => sum + processTicks(pid), 0),
    busy: user + nice + system + irq + softirq,
    steal,
  };
}

/** What a run gave, with the CPU spent on it. */
export type Measured<T> = { result: T; cpu: CpuUse };

/** Runs `run` and reports the CPU the processes `pids` and the machine used meanwhile. */
export async function measureCpu<T>(pids: number[], run: () => Promise<T>): Promise<Measured<T>> {
  const before = snapshot(pids);
  const result = await run();
  const after = snapshot(pids);
  const seconds = (after.at - before.at) / 1000;
  const cores = (ticks: number) => ticks / TICKS_PER_SECOND / seconds;
  return {
    result,
    cpu: {
      processCores: cores(after.processes - before.processes),
      machineCores: cores(after.busy - before.busy),
      stealCores: cores(after.steal - before.steal),
    },
  };
}
