// Child processes the scripts and the own-server e2e specs start (build,
// servers, timings) and how they stop them: each runs in its own process
// group, so stopping one ends exactly what was started and nothing else.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';

export type Started = { child: ChildProcess; name: string; logFile: string };

const running = new Set<Started>();

export function startProcess(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): Started {
  const log = fs.openSync(logFile, 'w');
  const child = spawn(command, args, { env, stdio: ['ignore', log, log], detached: true });
  fs.closeSync(log);
  const started = { child, name, logFile };
  running.add(started);
  child.once('exit', () => running.delete(started));
  return started;
}

function exited(child: ChildProcess) {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => (clearTimeout(timer), resolve(true)));
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}

export async function stopProcess({ child }: Started): Promise<void> {
  if (exited(child)) return;
  signalGroup(child, 'SIGTERM');
  if (!(await waitForExit(child, 5_000))) {
    signalGroup(child, 'SIGKILL');
    await waitForExit(child, 2_000);
  }
}

/** Sends one signal and waits for the end: how the process exited (code, or the signal that ended it). */
export async function signalAndWait({ child, name }: Started, signal: NodeJS.Signals, timeoutMs = 30_000) {
  signalGroup(child, signal);
  if (!(await waitForExit(child, timeoutMs)))
    throw new Error(`${name} still running ${timeoutMs / 1000} s after ${signal}`);
  return { code: child.exitCode, signal: child.signalCode };
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopProcess));
}

export function tailOf(logFile: string, lines = 30): string {
  return fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** Runs a command to its end; rejects with the end of its log when it fails. */
export async function runToEnd(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<void> {
  const started = startProcess(name, command, args, env, logFile);
  const code = await new Promise<number | null>((resolve) => started.child.once('exit', resolve));
  if (code !== 0) throw new Error(`${name} failed (exit ${code}); end of ${logFile}:\n${tailOf(logFile)}`);
}

/** Polls until `url` answers 200, failing early if the process dies. */
export async function waitForHttp(url: string, started: Started, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(started.child))
      throw new Error(
        `${started.name} exited before answering; end of ${started.logFile}:\n${tailOf(started.logFile)}`,
      );
    try {
      const response = await fetch(url, { redirect: 'manual' });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${started.name} did not answer ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Runs a script's main function: its error is printed without a stack and sets
 * the exit code, and whatever it started is stopped at the end, on Ctrl-C too.
 */
export async function runScript(main: () => Promise<void>): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  }
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await stopAll();
  }
}
