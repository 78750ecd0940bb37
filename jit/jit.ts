// The JIT manager: decides what to compile and when, talks to the toolchain, installs entries
// on code objects and keeps the statistics users see (--jit-stats, VM.jitStats()).
//
// Flow: the interpreter counts calls and loop back-edges per code object. Past the threshold
// it calls {@link jitCall} / {@link jitOsr}; the first such call specialises the function for
// the argument types it sees (or the frame's live values, for OSR), emits WAT for it and every
// Python function it calls (one module per batch) and hands the text to the worker. Later
// calls poll for the bytes; once they arrive the module is instantiated against the shared
// memory and the entries are installed. In eager mode the first call waits for the bytes.
import type { CodeObject } from "../vm/code.js";
import type { PyValue } from "../vm/objects/object.js";
import type { PyFunction } from "../vm/objects/function.js";
import type { PyDict } from "../vm/objects/dict.js";
import type { Frame } from "../vm/frame.js";
import { PyRangeIterator } from "../vm/objects/range.js";
import { Batch, Reject, avOf, type Unit } from "./compiler.js";
import { checkSupported } from "./unit.js";
import { Ty, type AV, tyName } from "./types.js";
import { toolchain } from "./toolchain.js";
import { rt, type Runtime } from "../vm/runtime.js";
import { instantiate, registerUnit, makeEntry, makeOsrEntry, setDeoptStormHandler, unitStats, RESUMED, type EntryFn } from "./runtime.js";

/** How the JIT runs. */
export type JitMode = "off" | "on" | "eager";

/** JIT settings of a VM. */
export interface JitOptions {
  /** "on" (default): compile hot functions in the background; "eager": compile every function
   *  on its first call and wait for it; "off": interpret only. */
  mode?: JitMode;
  /** Calls before a function is compiled (default 1000). */
  threshold?: number;
  /** Loop back-edges in one function before its loop is compiled and entered (default 5000). */
  osrThreshold?: number;
}

/** What the JIT did with one function, as reported by --jit-stats and VM.jitStats(). */
export interface FunctionJitStats {
  /** Qualified name. */
  name: string;
  /** File and first line. */
  location: string;
  /** Calls seen by the interpreter (calls from compiled code into compiled code are not counted). */
  calls: number;
  /** Loop back-edges seen by the interpreter. */
  backedges: number;
  /** "compiled", "compiling", "not compiled" or "interpreted" (never hot). */
  status: string;
  /** Why it is not compiled (when status is "not compiled"). */
  reason: string;
  /** Entry signature of the compiled code, e.g. "(int, float)". */
  signature: string;
  /** Milliseconds from hotness to installed code: analysis, WAT, wabt, instantiation. */
  compileMs: number;
  /** Size of the wasm module the function was compiled in. */
  wasmBytes: number;
  /** True if compiled through a loop back-edge (on-stack replacement). */
  osr: boolean;
  /** Deoptimisations by reason. */
  deopts: Record<string, number>;
}

interface Pending {
  id: number;
  batch: Batch;
  wat: string;
  genMs: number;
}

/** JIT state stored on a CodeObject (`code.jitState`). */
class CodeJit {
  /** Normal-entry compilation: not tried, in the toolchain, installed, or refused. */
  callState: "none" | "pending" | "done" | "failed" = "none";
  /** Why the last attempt (normal or OSR) was refused or dropped. */
  reason = "";
  entry: EntryFn | null = null;
  unitIds: number[] = [];
  signature = "";
  compileMs = 0;
  wasmBytes = 0;
  wat = "";
  osr = false;
  pending: Pending | null = null;
  pollIn = 0;
  /** OSR entries by loop header instruction (null: refused). */
  /** OSR entries by loop header: one per signature seen there (null: refused). */
  osrEntries = new Map<number, OsrEntry[] | null>();
  osrPending: Pending | null = null;
  osrPendingHeader = -1;
  /** The VM whose code this is. */
  readonly runtime: Runtime = rt();
  /** Subtracted from the code's counters so the interpreter stops calling in. */
  callBias = 0;
  backedgeBias = 0;
  constructor(readonly code: CodeObject) {}

  get status(): string {
    if (this.entry !== null || [...this.osrEntries.values()].some((e) => e !== null && e.length > 0)) return "compiled";
    if (this.pending !== null || this.osrPending !== null) return "compiling";
    if (this.callState === "failed" || this.osrEntries.size > 0 || this.reason) return "not compiled";
    return "interpreted";
  }
}

type OsrEntry = (f: Frame) => PyValue | typeof RESUMED | undefined;

/** Signatures compiled per loop header before the loop is left to the interpreter. */
const MAX_OSR_VARIANTS = 3;

const registry: CodeJit[] = [];

/** How far a refused function's counters are moved back (far beyond any run's count). */
const COUNTER_BIAS = 2 ** 50;

function stateOf(code: CodeObject): CodeJit {
  let s = code.jitState as CodeJit | null;
  if (s === null) {
    s = new CodeJit(code);
    code.jitState = s;
    registry.push(s);
  }
  return s;
}

/** Applies JIT options to a VM's runtime (thresholds the interpreter compares against). */
export function configureJit(r: Runtime, o: JitOptions): void {
  const t = thresholds(o);
  r.jitEager = o.mode === "eager";
  // The interpreter calls in at an eighth of the threshold so the toolchain can start loading.
  r.jitCallThreshold = r.jitEager ? t.call : Math.ceil(t.call / 8);
  r.jitOsrThreshold = r.jitEager ? t.osr : Math.ceil(t.osr / 8);
  callThreshold.set(r, t.call);
  osrThreshold.set(r, t.osr);
  if (r.jitEager) toolchain.start();
}

const callThreshold = new WeakMap<Runtime, number>();
const osrThreshold = new WeakMap<Runtime, number>();

/** Reads TAIPAN_JIT / TAIPAN_JIT_THRESHOLD / TAIPAN_JIT_OSR_THRESHOLD. */
export function jitOptionsFromEnv(env: Record<string, string | undefined>): JitOptions {
  const o: JitOptions = {};
  const m = env.TAIPAN_JIT;
  if (m === "off" || m === "0") o.mode = "off";
  else if (m === "eager") o.mode = "eager";
  else if (m === "on" || m === "1") o.mode = "on";
  if (env.TAIPAN_JIT_THRESHOLD) o.threshold = Number(env.TAIPAN_JIT_THRESHOLD);
  if (env.TAIPAN_JIT_OSR_THRESHOLD) o.osrThreshold = Number(env.TAIPAN_JIT_OSR_THRESHOLD);
  return o;
}

/** The call-count and back-edge thresholds of a configuration. */
export function thresholds(o: JitOptions): { call: number; osr: number } {
  const m = o.mode ?? "on";
  if (m === "off") return { call: Infinity, osr: Infinity };
  if (m === "eager") return { call: Math.max(1, o.threshold ?? 1), osr: Math.max(1, o.osrThreshold ?? 1) };
  return { call: Math.max(1, o.threshold ?? 1000), osr: Math.max(1, o.osrThreshold ?? 5000) };
}

let builtinsOf: (globals: PyDict) => PyDict = () => {
  throw new Error("jit: interpreter not connected");
};

/** Connects the manager to the interpreter's builtins lookup. */
export function setBuiltinsLookup(f: (globals: PyDict) => PyDict): void {
  builtinsOf = f;
}

setDeoptStormHandler((u, reason) => {
  const s = stateOf(u.code);
  if (u.osrPc >= 0) s.osrEntries.set(u.osrPc, null);
  else {
    s.entry = null;
    s.callState = "failed";
  }
  s.reason = `deoptimised too often (${reason}); left to the interpreter`;
});

function sigText(params: AV[]): string {
  return `(${params.filter((p) => p.t !== Ty.Undef).map((p) => tyName(p.t)).join(", ")})`;
}

/** Emits WAT for a batch rooted at one unit and submits it; returns null when rejected. */
function startBatch(s: CodeJit, fn: PyFunction, params: AV[], osrPc: number, osrStack: AV[]): Pending | null {
  const t0 = performance.now();
  const batch = new Batch(builtinsOf(fn.globals));
  let wat: string;
  try {
    batch.unitFor(fn, params, osrPc, osrStack);
    wat = batch.emit();
  } catch (e) {
    if (!(e instanceof Reject)) throw e;
    s.reason = osrPc >= 0 ? `loop at line ${fn.code.lineFor(osrPc)}: ${e.message}` : e.message;
    return null;
  }
  const genMs = performance.now() - t0;
  const id = toolchain.submit(wat);
  return { id, batch, wat, genMs };
}

/** Installs a finished batch; false if assembly failed (the reason is recorded). */
function finish(s: CodeJit, p: Pending, bytes: Uint8Array | undefined, error: string | undefined, wabtMs: number): boolean {
  if (bytes === undefined) {
    s.reason = `wabt rejected the generated code: ${error}`;
    return false;
  }
  const t0 = performance.now();
  let inst: WebAssembly.Instance;
  try {
    inst = instantiate(bytes);
  } catch (e) {
    s.reason = `wasm instantiation failed: ${e instanceof Error ? e.message : String(e)}`;
    return false;
  }
  // Compile time: our analysis and WAT, wabt's work on the worker, module + instance.
  const ms = p.genMs + wabtMs + (performance.now() - t0);
  for (const u of p.batch.units) registerUnit(u);
  for (const u of p.batch.units) {
    const exp = inst.exports[u.entryName] as (...a: unknown[]) => unknown;
    const us = stateOf(u.code);
    if (u.osrPc >= 0) {
      const list = us.osrEntries.get(u.osrPc) ?? [];
      list.push(makeOsrEntry(u, exp));
      us.osrEntries.set(u.osrPc, list);
      us.osr = true;
    } else if (us.entry === null && us.callState !== "failed") {
      us.entry = makeEntry(u, exp);
      us.callState = "done";
    } else continue;
    us.signature = sigText(u.params);
    if (us.wat === "" || us === s) us.wat = p.wat;
    us.unitIds.push(u.id);
    us.compileMs = ms;
    us.wasmBytes = bytes.length;
  }
  return true;
}

function poll(s: CodeJit, p: Pending, wait: boolean): boolean {
  const r = wait ? toolchain.wait(p.id) : toolchain.poll(p.id);
  if (r === undefined) return false;
  finish(s, p, r.bytes, r.error, r.ms);
  return true;
}

/**
 * Called by the interpreter for calls of a function past (an eighth of) the threshold. Runs
 * the compiled code and returns its result, or undefined for the caller to interpret the call.
 */
export function jitCall(fn: PyFunction, args: PyValue[], start: number, n: number): PyValue | undefined {
  const code = fn.code;
  const s = (code.jitState as CodeJit | null) ?? stateOf(code);
  if (s.entry !== null) return s.entry(fn, args, start, n);
  switch (s.callState) {
    case "done":
      return undefined;
    case "failed":
      // Stop calling in: move the counter far below the threshold (stats add the bias back).
      code.callCount -= COUNTER_BIAS;
      s.callBias += COUNTER_BIAS;
      return undefined;
    case "none": {
      const r = s.runtime;
      if (code.callCount < (callThreshold.get(r) ?? 1000)) {
        toolchain.start();
        return undefined;
      }
      const params: AV[] = [];
      for (let i = 0; i < n; i++) params.push(avOf(args[start + i]));
      if (n !== code.argcount) {
        s.callState = "failed";
        s.reason = "called with defaults or keyword arguments";
        return undefined;
      }
      s.pending = startBatch(s, fn, params, -1, []);
      if (s.pending === null) {
        s.callState = "failed";
        return undefined;
      }
      s.callState = "pending";
      s.pollIn = 16;
      if (!r.jitEager) return undefined;
      break;
    }
    case "pending":
      if (!s.runtime.jitEager && --s.pollIn > 0) return undefined;
      s.pollIn = 16;
  }
  if (poll(s, s.pending!, s.runtime.jitEager)) {
    s.pending = null;
    if (s.callState === "pending") s.callState = s.entry !== null ? "done" : "failed";
  }
  const entry = s.entry as EntryFn | null;
  if (entry !== null) return entry(fn, args, start, n);
  return undefined;
}

/**
 * Called by the interpreter at a loop back-edge past (an eighth of) the OSR threshold, with
 * `f.pc` at the loop header and `f.sp` set. Returns the frame's return value, RESUMED (f was
 * updated and the interpreter continues from f.pc), or undefined (keep interpreting).
 */
export function jitOsr(f: Frame): PyValue | typeof RESUMED | undefined {
  const code = f.code;
  const fn = f.func;
  if (fn === null || f.locals !== null) return undefined;
  const s = (code.jitState as CodeJit | null) ?? stateOf(code);
  const header = f.pc >> 1;
  const entries = s.osrEntries.get(header);
  if (entries === null) return backOff(s, code);
  if (entries !== undefined && s.osrPending === null) {
    for (let i = 0; i < entries.length; i++) {
      const r = entries[i](f);
      if (r !== undefined) return r;
    }
    // No compiled variant fits this frame (other types, another set of bound locals).
    if (entries.length >= MAX_OSR_VARIANTS) return backOff(s, code);
  }
  if (s.osrPending === null) {
    if (code.backedgeCount < (osrThreshold.get(s.runtime) ?? 5000)) {
      toolchain.start();
      return undefined;
    }
    const params: AV[] = [];
    for (let i = 0; i < code.nlocalsplus; i++) params.push(avOf(f.fast[i]));
    const stack: AV[] = [];
    for (let i = 0; i < f.sp; i++) {
      const v = f.stack[i];
      // A step of 1 (the common case) is baked into the OSR unit and checked on entry; other
      // steps stay variable (an inner loop's step often changes with the outer loop).
      stack.push(v instanceof PyRangeIterator ? { t: Ty.RangeIter, k: v.step === 1 ? 1 : undefined } : avOf(v));
    }
    try {
      checkSupported(code, fn);
    } catch (e) {
      if (!(e instanceof Reject)) throw e;
      // Nothing in this function can compile: stop the interpreter calling in at back-edges.
      s.reason = e.message;
      s.osrEntries.set(header, null);
      code.backedgeCount -= COUNTER_BIAS;
      s.backedgeBias += COUNTER_BIAS;
      return undefined;
    }
    const p = startBatch(s, fn, params, header, stack);
    if (p === null) {
      if (entries === undefined) s.osrEntries.set(header, null);
      else s.osrEntries.set(header, [...entries, () => undefined]);
      return backOff(s, code);
    }
    s.osrPending = p;
    s.osrPendingHeader = header;
    s.pollIn = 1024;
    if (!s.runtime.jitEager) return undefined;
  } else if (!s.runtime.jitEager && --s.pollIn > 0) return undefined;
  s.pollIn = 1024;
  const pend = s.osrPending;
  if (poll(s, pend, s.runtime.jitEager)) {
    s.osrPending = null;
    // Assembly failed: do not try that loop again.
    if (!s.osrEntries.has(s.osrPendingHeader)) s.osrEntries.set(s.osrPendingHeader, null);
  }
  const list = s.osrEntries.get(header);
  if (!list) return undefined;
  for (let i = 0; i < list.length; i++) {
    const r = list[i](f);
    if (r !== undefined) return r;
  }
  return undefined;
}

/**
 * A loop that will not run compiled: move the back-edge counter back so the interpreter asks
 * again only after many more iterations instead of calling in at every back-edge (which made
 * such loops slower with the JIT on). Other loops of the function wait that long too.
 */
function backOff(s: CodeJit, code: CodeObject): undefined {
  const bias = 16 * (osrThreshold.get(s.runtime) ?? 5000);
  code.backedgeCount -= bias;
  s.backedgeBias += bias;
  return undefined;
}

/** Per-function JIT statistics for every function of `r` that became hot, plus `codes`. */
export function jitStats(r: Runtime, codes: Iterable<CodeObject> = []): FunctionJitStats[] {
  const seen = new Set<CodeObject>();
  const out: FunctionJitStats[] = [];
  const add = (code: CodeObject) => {
    if (seen.has(code)) return;
    seen.add(code);
    const s = code.jitState as CodeJit | null;
    const deopts: Record<string, number> = {};
    for (const id of s?.unitIds ?? []) {
      const us = unitStats.get(id);
      if (us) for (const [k, v] of us.deopts) deopts[k] = (deopts[k] ?? 0) + v;
    }
    out.push({
      name: code.qualname, location: `${code.filename}:${code.firstlineno}`, calls: code.callCount + (s?.callBias ?? 0),
      backedges: code.backedgeCount + (s?.backedgeBias ?? 0),
      status: s?.status ?? "interpreted", reason: s !== null && s.status !== "compiled" ? s.reason : "", signature: s?.signature ?? "", compileMs: s?.compileMs ?? 0,
      wasmBytes: s?.wasmBytes ?? 0, osr: s?.osr ?? false, deopts,
    });
  };
  for (const s of registry) if (s.runtime === r) add(s.code);
  for (const c of codes) add(c);
  return out;
}

/** The WAT of the module each function named `name` (or qualified name) was compiled in. */
export function watFor(r: Runtime, name: string): string[] {
  return registry.filter((s) => s.runtime === r && (s.code.name === name || s.code.qualname === name) && s.wat !== "").map((s) => s.wat);
}

/** Starts loading wabt early (the CLI calls this when a script is likely to get hot). */
export function warmUpToolchain(): void {
  toolchain.start();
}

export { RESUMED };
