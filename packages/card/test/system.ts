/**
 * System-test support: find pcscd and the vpcd driver, start pcscd for the test run, and decide what to do
 * when they are absent — skip with a printed reason locally, fail when ZAIRYU_REQUIRE_SYSTEM=1 (CI).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';

const VPCD_DRIVER = '/usr/lib/pcsc/drivers/serial/libifdvpcd.so';

function which(cmd: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** What is missing for the pcscd + vpcd system tests, or null when everything is there. */
export function pcscMissing(): string | null {
  const missing: string[] = [];
  if (!which('pcscd')) missing.push('pcscd');
  if (!existsSync(VPCD_DRIVER)) missing.push('vsmartcard-vpcd');
  try {
    execFileSync(process.execPath, ['-e', "require('pcsclite')"], {
      stdio: 'ignore',
      cwd: import.meta.dirname,
    });
  } catch {
    missing.push('the pcsclite binding (libpcsclite-dev, then npm install)');
  }
  return missing.length ? `${missing.join(', ')} not available` : null;
}

/** True when CI requires system tests to run. */
export const systemRequired = process.env.ZAIRYU_REQUIRE_SYSTEM === '1';

/** Prints why a system test is skipped (or throws when CI requires it). */
export function skipOrFail(reason: string | null, what: string): boolean {
  if (!reason) return false;
  if (systemRequired) throw new Error(`${what}: required by ZAIRYU_REQUIRE_SYSTEM=1 but ${reason}`);
  process.stderr.write(`skipped: ${what}: ${reason}\n`);
  return true;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.on('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

/** The pcscd the system tests use. */
export interface Pcscd {
  /** The pcscd this test file started (null when one was already running — then it is not ours to kill). */
  readonly child: ChildProcess | null;
  /** Starts our own pcscd again after `child` was killed; resolves once vpcd listens. */
  restart(): Promise<void>;
  /** Stops the pcscd this test file started (nothing when it was already running). */
  stop(): void;
}

async function startPcscd(): Promise<ChildProcess> {
  const child: ChildProcess = spawn('pcscd', ['--foreground', '--auto-exit'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (await portOpen(0x8c7b)) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error('pcscd started but the vpcd port 35963 did not open within 5 s');
}

/** Ensures pcscd runs (starting a foreground one if needed) and vpcd listens. */
export async function ensurePcscd(): Promise<Pcscd> {
  let running = false;
  try {
    execFileSync('pgrep', ['-x', 'pcscd'], { stdio: 'ignore' });
    running = true; // already running (as a service or from an earlier test file)
  } catch {
    // not running: start one for this test run
  }
  let child = running ? null : await startPcscd();
  return {
    get child() {
      return child;
    },
    async restart() {
      if (!child) throw new Error('this test file did not start pcscd');
      await new Promise((r) => setTimeout(r, 200)); // let the old one's socket go
      child = await startPcscd();
    },
    stop() {
      child?.kill();
    },
  };
}
