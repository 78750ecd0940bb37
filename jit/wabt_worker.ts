// The JIT's assembler thread: loads wabt once and turns WAT text into wasm bytes.
// It runs off the main thread so wabt's asynchronous start-up (~35 ms) and each assembly
// overlap with interpretation instead of stalling it (see jit/toolchain.ts).
import { workerData, type MessagePort } from "node:worker_threads";
import wabtInit from "wabt";

interface Request {
  id: number;
  wat: string;
}

const port = workerData.port as MessagePort;
const signal = new Int32Array(workerData.signal as SharedArrayBuffer);

/** wabt features the emitted code needs; the same object goes to parse and validate. */
const features = { reference_types: true, multi_value: true, bulk_memory: true, tail_call: true, exceptions: true, sat_float_to_int: true, sign_extension: true, mutable_globals: true };

const wabt = await wabtInit();

function assemble(wat: string): Uint8Array {
  const mod = wabt.parseWat("jit.wat", wat, features);
  try {
    mod.resolveNames();
    // wabt's typings omit it, but validate() takes the features too and ignores parse's.
    (mod.validate as unknown as (this: unknown, f: object) => void).call(mod, features);
    return mod.toBinary({}).buffer;
  } finally {
    mod.destroy();
  }
}

port.on("message", (req: Request) => {
  const t0 = performance.now();
  let reply;
  try {
    const bytes = assemble(req.wat);
    reply = { id: req.id, bytes, ms: performance.now() - t0 };
  } catch (e) {
    reply = { id: req.id, error: e instanceof Error ? e.message : String(e), ms: performance.now() - t0 };
  }
  port.postMessage(reply);
  Atomics.store(signal, 0, req.id);
  Atomics.notify(signal, 0);
});
Atomics.store(signal, 1, 1);
Atomics.notify(signal, 1);
