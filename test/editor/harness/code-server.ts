/**
 * Starts code-server — VS Code's real server and web workbench — on 127.0.0.1, isolated in temporary
 * folders, in its own process group so that ending it also ends the extension hosts and language
 * servers it started.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { codeServerEntry } from './paths.js';

/** A running code-server. */
export interface CodeServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** The URI under which the workbench reaches `absolutePath` on this machine. */
  remoteUri(absolutePath: string): string;
  /**
   * The workbench URL opening `folder`, with `payload` entries the workbench reads as if they were
   * command-line arguments (`extensionDevelopmentPath`, `extensionTestsPath`, `openFile`, …).
   */
  workbenchUrl(folder: string, payload: readonly (readonly [string, string])[]): string;
  /** Settles when the server process exits, with its exit code (null when ended by a signal). */
  readonly exited: Promise<number | null>;
  /** The server's latest output lines, for diagnosing a failure. */
  recentOutput(): string;
  /** Ends the server's whole process group and deletes its temporary folders. */
  stop(): Promise<void>;
}

/** Options of {@link startCodeServer}. */
export interface CodeServerOptions {
  /** User settings, merged over the harness's quiet defaults. */
  readonly userSettings?: Readonly<Record<string, unknown>>;
  /** Display language (`--locale`), e.g. `zh-cn`. */
  readonly locale?: string;
}

const STARTUP_LIMIT_MS = 60_000;
const KEPT_OUTPUT_LINES = 200;

/** Settings that keep the workbench from showing anything the tests did not ask for. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
} as const;

/** Starts code-server on a free port and resolves once it answers `/healthz`. */
export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const temp = mkdtempSync(join(tmpdir(), 'gov-report-code-server-'));
  const userData = join(temp, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...options.userSettings }, null, 2),
  );
  const config = join(temp, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const args = [
    codeServerEntry(),
    ...['--config', config, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none'],
    ...['--user-data-dir', userData, '--extensions-dir', join(temp, 'extensions')],
    ...['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'],
    ...['--disable-getting-started-override', '--ignore-last-opened'],
    ...(options.locale ? ['--locale', options.locale] : []),
  ];
  // code-server writes into $HOME's XDG folders unless they point elsewhere; an empty gallery keeps
  // the workbench from querying the (unreachable) extension marketplace.
  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: '{}',
    XDG_CONFIG_HOME: join(temp, 'xdg', 'config'),
    XDG_DATA_HOME: join(temp, 'xdg', 'data'),
    XDG_CACHE_HOME: join(temp, 'xdg', 'cache'),
  };
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const output: string[] = [];
  const keep = (chunk: Buffer): void => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - KEPT_OUTPUT_LINES));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  let stopped = false;
  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  // A harness that exits early (timeout, Ctrl+C, crash) must still leave no server behind.
  const onExit = (): void => {
    killGroup('SIGKILL');
    rmSync(temp, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  const server: CodeServer = {
    origin,
    remoteUri: (absolutePath) => `vscode-remote://127.0.0.1:${port}${absolutePath}`,
    workbenchUrl: (folder, payload) =>
      `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    exited,
    recentOutput: () => output.join('\n'),
    async stop() {
      if (stopped) return;
      stopped = true;
      killGroup('SIGTERM');
      const ended = await Promise.race([exited.then(() => true), delay(5_000, false)]);
      // Extension hosts and language servers share the group; make sure none outlives the server.
      killGroup('SIGKILL');
      if (!ended) await exited;
      process.removeListener('exit', onExit);
      rmSync(temp, { recursive: true, force: true });
    },
  };

  try {
    await waitUntilHealthy(origin, exited);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- code-server output ---\n${output.join('\n')}`);
  }
  return server;
}

/** Polls `/healthz` until the server answers, fails or the startup limit passes. */
async function waitUntilHealthy(origin: string, exited: Promise<number | null>): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`code-server exited during startup (code ${exitCode})`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(100);
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${STARTUP_LIMIT_MS / 1000} s`);
}

/** A TCP port that is free on 127.0.0.1 right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
