/**
 * A minimal LSP client for the protocol tests: spawns the bundled server (`node dist/server.js --stdio`)
 * and talks JSON-RPC to it over the child's pipes, recording what the server pushes.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ConfigurationParams,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type ShowMessageRequestParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

const SERVER = join(__dirname, '../../../dist/server.js');

/** How the test client presents itself. */
export interface HarnessOptions {
  /** Answers `workspace/configuration`; without it the client does not offer that capability. */
  readonly configuration?: (params: ConfigurationParams) => unknown[] | Promise<unknown[]>;
  readonly workspaceFolders?: readonly string[];
  /** Passed as `initializationOptions.displayLanguage`, as the VS Code client does. */
  readonly displayLanguage?: string;
  /** The server bundle to run (default `dist/server.js`; the benchmarks run a production build). */
  readonly server?: string;
}

/** A running server and what it has sent. */
export class LspHarness {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly warnings: string[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly statuses: { uri: string; template: string; year: number | null }[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
  ) {}

  /** Starts the server and completes the initialize handshake. */
  static async start(options: HarnessOptions = {}): Promise<LspHarness> {
    const server = options.server ?? SERVER;
    if (!existsSync(server)) throw new Error(`${server} is missing: run "npm run build" (npm test does)`);
    const child = spawn(process.execPath, [server, '--stdio'], { stdio: 'pipe' });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const harness = new LspHarness(child, connection);
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) =>
      harness.record(() => harness.published.push(p)),
    );
    connection.onNotification('govReport/status', (p: LspHarness['statuses'][number]) =>
      harness.record(() => harness.statuses.push(p)),
    );
    connection.onRequest('window/showMessageRequest', (p: ShowMessageRequestParams) => {
      harness.record(() => harness.warnings.push(p.message));
      return null;
    });
    connection.onRequest('workspace/configuration', async (p: ConfigurationParams) => {
      harness.record(() => harness.configurationRequests.push(p));
      return options.configuration ? options.configuration(p) : p.items.map(() => null);
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.workspaceFolders?.[0] ?? null,
      workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri })) ?? null,
      initializationOptions:
        options.displayLanguage === undefined ? undefined : { displayLanguage: options.displayLanguage },
      capabilities: {
        workspace: {
          configuration: options.configuration !== undefined,
          workspaceEdit: { documentChanges: true },
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await connection.sendNotification('initialized', {});
    return harness;
  }

  /**
   * Resolves with the first non-undefined value of `check`, evaluated now and after every message
   * the server sends. (The test's own timeout ends a wait that never resolves.)
   */
  until<T>(check: () => T | undefined): Promise<T> {
    return new Promise((resolve) => {
      const attempt = () => {
        const value = check();
        if (value === undefined) return false;
        this.waiters.delete(waiter);
        resolve(value);
        return true;
      };
      const waiter = () => void attempt();
      if (!attempt()) this.waiters.add(waiter);
    });
  }

  /** The diagnostics published for `uri` at `version` (waits for them). */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.until(() => this.published.find((p) => p.uri === uri && p.version === version));
  }

  /** Everything published for `uri` so far. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.published.filter((p) => p.uri === uri);
  }

  open(uri: string, text: string, languageId = 'govreport', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version, text },
    });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges,
    });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** True while the server process runs. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Shuts the server down the LSP way and waits for the process to end; returns its exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (!this.alive) resolve(this.child.exitCode);
      else this.child.once('exit', (code) => resolve(code));
    });
    if (this.alive) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  private record(push: () => void): void {
    push();
    for (const waiter of [...this.waiters]) waiter();
  }
}
