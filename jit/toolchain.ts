// The WAT→wasm toolchain, shared by every VM in the process. wabt lives on a worker thread:
// loading it never blocks the interpreter, and a request's answer is read back synchronously
// (receiveMessageOnPort) either by polling at calls/back-edges or, in eager mode, by waiting.
import { Worker, MessageChannel, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";

/** The outcome of assembling one WAT module. */
export interface AssemblyResult {
  /** Request id given by {@link Toolchain.submit}. */
  id: number;
  /** The wasm binary, when assembly succeeded. */
  bytes?: Uint8Array;
  /** wabt's message, when it failed. */
  error?: string;
  /** Milliseconds the worker spent in wabt. */
  ms: number;
}

class Toolchain {
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private signal: Int32Array | null = null;
  private nextId = 1;
  private done = new Map<number, AssemblyResult>();

  /** Starts the worker (and wabt's loading) if it is not running yet. Cheap to call often. */
  start(): void {
    if (this.worker !== null) return;
    const { port1, port2 } = new MessageChannel();
    const sab = new SharedArrayBuffer(8);
    this.signal = new Int32Array(sab);
    this.worker = new Worker(workerPath(), { workerData: { port: port2, signal: sab }, transferList: [port2] });
    this.worker.unref();
    port1.unref();
    this.port = port1;
  }

  /** Queues WAT text for assembly; returns the request id. */
  submit(wat: string): number {
    this.start();
    const id = this.nextId++;
    this.port!.postMessage({ id, wat });
    return id;
  }

  /** The result of request `id` if it has arrived, without waiting. */
  poll(id: number): AssemblyResult | undefined {
    this.drain();
    const r = this.done.get(id);
    if (r !== undefined) this.done.delete(id);
    return r;
  }

  /** Blocks until request `id` is answered (eager mode and tests). */
  wait(id: number): AssemblyResult {
    for (;;) {
      const r = this.poll(id);
      if (r !== undefined) return r;
      Atomics.wait(this.signal!, 0, Atomics.load(this.signal!, 0), 50);
    }
  }

  private drain(): void {
    if (this.port === null) return;
    for (;;) {
      const m = receiveMessageOnPort(this.port);
      if (m === undefined) return;
      const r = m.message as AssemblyResult;
      this.done.set(r.id, r);
    }
  }
}

/** The worker script: beside this module, or in jit/ when this code runs from the CLI bundle. */
function workerPath(): string {
  const here = fileURLToPath(new URL("./wabt_worker.js", import.meta.url));
  return existsSync(here) ? here : fileURLToPath(new URL("./jit/wabt_worker.js", import.meta.url));
}

/** The process-wide toolchain (one wabt instance per process, as promised in DESIGN.md). */
export const toolchain = new Toolchain();
