// What compiled code runs against: the shared memory, the imported helpers, the JS entry
// wrappers the interpreter calls, and deoptimisation (rebuilding interpreter frames from
// spilled wasm state and resuming them at the exact bytecode).
import { None, type PyValue } from "../vm/objects/object.js";
import { PyFloat } from "../vm/objects/float.js";
import { newTuple, PyTuple } from "../vm/objects/tuple.js";
import { PyList, listType } from "../vm/objects/list.js";
import { PySlice } from "../vm/objects/slice.js";
import { setDictWatchHook } from "../vm/objects/dict.js";
import { PyRange, PyRangeIterator } from "../vm/objects/range.js";
import { rangeFromI64 } from "../vm/objects/range_big.js";
import { PyException, newException, engineErrorToPy, type TracebackEntry } from "../vm/objects/exception.js";
import type { PyFunction } from "../vm/objects/function.js";
import { Frame } from "../vm/frame.js";
import { raise } from "../vm/raise.js";
import * as ops from "../vm/ops.js";
import * as ic from "../vm/inline_cache.js";
import { rt, type Runtime } from "../vm/runtime.js";
import { Ty } from "./types.js";
import { MEM, MAX_WASM_DEPTH } from "./layout.js";
import type { Unit } from "./compiler.js";

/** The one memory every compiled module imports (status words and the shadow stack). */
export const memory = new WebAssembly.Memory({ initial: 2 });
let i32 = new Int32Array(memory.buffer);
let i64 = new BigInt64Array(memory.buffer);

/** Shadow-stack depth the memory can hold. */
function capacity(): number {
  return ((memory.buffer.byteLength - MEM.SHADOW) >> 3) - 1;
}

function ensureCapacity(depth: number): void {
  if (depth <= capacity()) return;
  const need = MEM.SHADOW + (depth + 2) * 8;
  memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
  i32 = new Int32Array(memory.buffer);
  i64 = new BigInt64Array(memory.buffer);
}

/** Every unit ever instantiated, by id (deopt records and the shadow stack name them). */
const units = new Map<number, Unit>();

/** Per-unit counters the JIT reports. */
export interface UnitRuntimeStats {
  /** Deoptimisations by reason. */
  deopts: Map<string, number>;
}

/** Unit id → runtime statistics (filled as code deoptimises). */
export const unitStats = new Map<number, UnitRuntimeStats>();

/** Called when a unit has deoptimised too often (the JIT drops or regeneralises it). */
let onDeoptStorm: (u: Unit, reason: string) => void = () => {};

/** Installs the JIT manager's deopt-storm handler. */
export function setDeoptStormHandler(h: (u: Unit, reason: string) => void): void {
  onDeoptStorm = h;
}

// ------------------------------------------------------------------ deopt records

const enum DeoptKind {
  Guard = 0,
  CalleeDeopt = 1,
  Poll = 2,
}

class KnownRef {
  constructor(readonly idx: number) {}
}

interface DeoptRecord {
  unit: Unit;
  pc: number;
  kind: DeoptKind;
  fast: (PyValue | undefined)[];
  stack: (PyValue | undefined)[];
}

let spillFast: (PyValue | undefined)[] = [];
let spillStack: (PyValue | undefined)[] = [];
let records: DeoptRecord[] = [];


function spill(slot: number, v: PyValue | KnownRef | undefined): void {
  if (slot >= 10000) spillStack[slot - 10000] = v as PyValue;
  else spillFast[slot] = v as PyValue;
}

function resolveKnown(u: Unit, v: unknown): PyValue | undefined {
  if (!(v instanceof KnownRef)) return v as PyValue;
  if (v.idx === -1) return None;
  if (v.idx === -2) return undefined;
  return u.known[v.idx];
}

const methodOut: { self: PyValue | undefined } = { self: undefined };
let methodSelf: PyValue | undefined;

// Boxed-argument buffer for helpers taking a variable number of values.
const argBuf: PyValue[] = [];

/** The helpers compiled code imports (`env.*`). */
export const imports: Record<string, unknown> = {
  memory,
  spill_i: (slot: number, v: bigint) => spill(slot, ops.normBig(v)),
  spill_f: (slot: number, v: number) => spill(slot, new PyFloat(v)),
  spill_b: (slot: number, v: number) => spill(slot, v !== 0),
  spill_r: (slot: number, v: PyValue) => spill(slot, v),
  spill_k: (slot: number, idx: number) => spill(slot, new KnownRef(idx) as never),
  spill_range: (slot: number, isRange: number, cur: bigint, stop: bigint, step: bigint) => {
    spill(slot, rangeFromI64(isRange !== 0, cur, stop, step));
  },
  deopt: (unitId: number, pc: number, kind: number) => {
    const u = units.get(unitId)!;
    const fast = spillFast.map((v) => resolveKnown(u, v));
    const stack = spillStack.map((v) => resolveKnown(u, v));
    records.push({ unit: u, pc, kind, fast, stack });
    spillFast = [];
    spillStack = [];
    i32[MEM.STATUS >> 2] = 1;
  },
  push_i: (v: bigint) => argBuf.push(ops.normBig(v)),
  push_f: (v: number) => argBuf.push(new PyFloat(v)),
  push_b: (v: number) => argBuf.push(v !== 0),
  push_r: (v: PyValue) => argBuf.push(v),
  push_k: (idx: number) => argBuf.push(idx === -1 ? None : (undefined as never)),
  push_known: (idx: number, unitId: number) => argBuf.push(units.get(unitId)!.known[idx]),
  build_tuple: (n: number) => newTuple(argBuf.splice(argBuf.length - n, n)),
  raise: (unitId: number, k: number) => {
    const spec = units.get(unitId)!.known[k] as string;
    const colon = spec.indexOf(":");
    raise(spec.slice(0, colon), spec.slice(colon + 1));
  },
  recursion_error: () => raise("RecursionError", "maximum recursion depth exceeded"),
  float_binop: (op: number, a: number, b: number) => {
    const r = ops.binaryOp(op, new PyFloat(a), new PyFloat(b));
    if (r instanceof PyFloat) return r.value;
    i32[MEM.FAILED >> 2] = 1; // a complex power: deopt and let the interpreter redo it
    return 0;
  },
  int_pow: (a: bigint, b: bigint) => {
    const r = ops.binaryOp(6, ops.normBig(a), ops.normBig(b));
    if (typeof r === "number") return BigInt(r);
    if (typeof r === "bigint" && r >= -(2n ** 63n) && r < 2n ** 63n) return r;
    i32[MEM.FAILED >> 2] = 1;
    return 0n;
  },
  known_ref: (unitId: number, idx: number) => (unitId === -1 ? None : units.get(unitId)!.known[idx]),
  box_f: (x: number) => new PyFloat(x),
  box_b: (x: number) => x !== 0,
  box_n: (x: number) => x,
  box_big: (x: bigint) => ops.normBig(x),
  unbox_f: (v: PyValue) => (v instanceof PyFloat ? v.value : failed(0)),
  unbox_i: (v: PyValue) => (typeof v === "number" ? v : failed(0)),
  unbox_b: (v: PyValue) => (typeof v === "boolean" ? (v ? 1 : 0) : failed(0)),
  // Attribute helpers share the interpreter's inline caches (slot = word index after the instruction).
  getattr: (o: PyValue, unitId: number, idx: number, pc: number) => {
    const u = units.get(unitId)!;
    return ic.loadAttr(u.code.caches, pc * 2 + 2, o, u.known[idx] as string);
  },
  setattr: (o: PyValue, unitId: number, idx: number, v: PyValue, pc: number) => {
    const u = units.get(unitId)!;
    ic.storeAttr(u.code.caches, pc * 2 + 2, o, u.known[idx] as string, v);
  },
  load_method: (o: PyValue, unitId: number, idx: number, pc: number) => {
    const u = units.get(unitId)!;
    const m = ic.loadMethod(u.code.caches, pc * 2 + 2, o, u.known[idx] as string, methodOut);
    methodSelf = methodOut.self;
    return m;
  },
  method_self: () => methodSelf,
  call_m: (f: PyValue, self: PyValue | undefined, n: number) => {
    const args = argBuf.splice(argBuf.length - n, n);
    if (self !== undefined && self !== null) args.unshift(self);
    return withCompiledDepth(() => ops.call(f, args, null));
  },
  binop: (a: PyValue, b: PyValue, op: number) => (op >= 16 ? ops.inplaceOp(op - 16, a, b) : ops.binaryOp(op, a, b)),
  compare: (a: PyValue, b: PyValue, op: number) => ops.compareOp(op, a, b),
  unary: (a: PyValue, k: number) => (k === 0 ? ops.neg(a) : k === 1 ? ops.pos(a) : ops.invert(a)),
  is: (a: PyValue, b: PyValue) => (a === b ? 1 : 0),
  is_none: (a: PyValue) => (a === None ? 1 : 0),
  truthy: (a: PyValue) => (ops.isTrue(a) ? 1 : 0),
  contains: (container: PyValue, item: PyValue) => (ops.contains(container, item) ? 1 : 0),
  len: (o: PyValue) => Number(ops.len(o)),
  iter: (o: PyValue) => ops.getIter(o),
  next: (it: PyValue) => {
    const v = ops.iterNext(it);
    return v === undefined ? null : v;
  },
  getitem: (c: PyValue, k: PyValue) => ops.getItem(c, k),
  getitem_f: (c: PyValue, i: number) => {
    const v = fastItem(c, i);
    return v instanceof PyFloat ? v.value : failed(0);
  },
  getitem_i: (c: PyValue, i: number) => {
    const v = fastItem(c, i);
    return typeof v === "number" ? v : failed(0);
  },
  getitem_b: (c: PyValue, i: number) => {
    const v = fastItem(c, i);
    return typeof v === "boolean" ? (v ? 1 : 0) : failed(0);
  },
  setitem: (c: PyValue, k: PyValue, v: PyValue) => ops.setItem(c, k, v),
  setitem_f: (c: PyValue, i: number, x: number) => setItemFast(c, i, new PyFloat(x)),
  setitem_r: (c: PyValue, i: number, v: PyValue) => setItemFast(c, i, v),
  build_list: (n: number) => new PyList(argBuf.splice(argBuf.length - n, n)),
  unpack: (o: PyValue, n: number) => {
    const items = unpackHook(o, n);
    for (let i = 0; i < items.length; i++) argBuf.push(items[i]);
  },
  pop_arg: () => argBuf.pop(),
  raise_obj: (v: PyValue, cause: PyValue | null) => {
    throw raisableHook(v, cause === null ? undefined : cause);
  },
  build_slice: (a: PyValue, b: PyValue, c: PyValue) => new PySlice(a, b, c),
  format: (v: PyValue, conv: number, spec: PyValue | null) => formatHook(v, conv, spec === null ? "" : (spec as string)),
  build_string: (n: number) => (argBuf.splice(argBuf.length - n, n) as string[]).join(""),
  store_global: (unitId: number, idx: number, v: PyValue) => {
    const u = units.get(unitId)!;
    u.func.globals.setStr(u.known[idx] as string, v);
  },
  call: (f: PyValue, n: number) => withCompiledDepth(() => ops.call(f, argBuf.splice(argBuf.length - n, n), null)),
  math1: (idx: number, unitId: number, x: number) => {
    const fn = units.get(unitId)!.known[idx];
    const r = ops.call(fn, [new PyFloat(x)], null);
    return (r as PyFloat).value;
  },
};

/** Runs a call from compiled code with the interpreter's depth including the compiled frames
 *  (the call site stored its depth in DEPTH), so recursion limits and nested entries agree. */
function withCompiledDepth(f: () => PyValue): PyValue {
  const r = rt();
  const saved = r.depth;
  r.depth = i32[MEM.DEPTH >> 2];
  try {
    return f();
  } finally {
    r.depth = saved;
  }
}

function failed(v: number): number {
  i32[MEM.FAILED >> 2] = 1;
  return v;
}

/** Element i of a plain list or tuple, or undefined (not one, or out of range). */
function fastItem(c: PyValue, i: number): PyValue | undefined {
  if ((c instanceof PyList && c.cls === listType) || (c instanceof PyTuple && !c.cls.isHeap)) {
    const items = c.items;
    if (i < 0) i += items.length;
    return i >= 0 && i < items.length ? items[i] : undefined;
  }
  return undefined;
}

function setItemFast(c: PyValue, i: number, v: PyValue): void {
  if (c instanceof PyList && c.cls === listType) {
    const items = c.items;
    const j = i < 0 ? i + items.length : i;
    if (j >= 0 && j < items.length) {
      items[j] = v;
      return;
    }
  }
  ops.setItem(c, i, v);
}

setDictWatchHook(() => {
  i32[MEM.EPOCH >> 2]++;
});

/** Makes a unit known to the helpers (every unit of an instantiated module, installed or not). */
export function registerUnit(u: Unit): void {
  units.set(u.id, u);
  watch(u);
}

function watch(u: Unit): void {
  for (const a of u.assumptions) {
    a.dict.watched = true;
    if (a.fallback !== undefined) a.fallback.watched = true;
  }
}

// ------------------------------------------------------------------ entering compiled code

/** What an entry wrapper returns when it did not run the compiled code. */
export const NOT_ENTERED = undefined;

/** Sentinel: an OSR entry deoptimised and wrote its state back into the interpreter frame. */
export const RESUMED: unique symbol = Symbol("resumed");

type Export = (...args: unknown[]) => unknown;

function argMatches(v: PyValue | undefined, t: Ty): boolean {
  switch (t) {
    case Ty.Int: return typeof v === "number" || (typeof v === "bigint" && v >= I64_MIN && v <= I64_MAX);
    case Ty.Float: return v instanceof PyFloat;
    case Ty.Bool: return typeof v === "boolean";
    case Ty.None: return v === None;
    case Ty.Obj: return v !== undefined;
    default: return false;
  }
}

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

/** Most local slots whose big ints can be passed in (MEM.ARGS up to the shadow stack). */
const MAX_ARG_SLOTS = (MEM.SHADOW - MEM.ARGS) >> 3;

/** The JS value passed for local slot `slot`: floats unboxed, big ints via memory and NaN. */
function argValue(v: PyValue, t: Ty, slot: number): unknown {
  if (t === Ty.Float) return (v as PyFloat).value;
  if (t === Ty.Int && typeof v === "bigint") {
    if (slot >= MAX_ARG_SLOTS) return undefined;
    i64[(MEM.ARGS >> 3) + slot] = v;
    return NaN;
  }
  return v;
}

/** True while every global/builtin/module attribute the unit baked in is unchanged. */
export function assumptionsHold(u: Unit): boolean {
  const epoch = i32[MEM.EPOCH >> 2];
  if (u.checkedEpoch === epoch) return true;
  const a = u.assumptions;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const v = x.dict.getStr(x.name);
    if (v !== x.value) return false;
    if (x.fallback !== undefined && x.fallback.getStr(x.name) !== x.fallbackValue) return false;
  }
  u.checkedEpoch = epoch;
  return true;
}

function boxResult(u: Unit, r: unknown): PyValue {
  switch (u.ret?.t) {
    case Ty.Int: return r !== r ? ops.normBig(i64[MEM.BIGRESULT >> 3]) : (r as number);
    case Ty.Float: return new PyFloat(r as number);
    case Ty.Bool: return r !== 0;
    case Ty.Obj: return r as PyValue;
    default: return None;
  }
}

function prepareDepth(): number {
  const r = rt();
  const depth0 = r.depth;
  ensureCapacity(r.recursionLimit + 1);
  i32[MEM.DEPTH >> 2] = depth0;
  i32[MEM.LIMIT >> 2] = r.recursionLimit;
  i32[MEM.WASM_LIMIT >> 2] = Math.min(r.recursionLimit, depth0 + MAX_WASM_DEPTH);
  return depth0;
}

/** Calls a unit's export; turns a failure inside compiled code into a Python exception whose
 *  traceback lists the compiled frames (from the shadow stack) at their current lines. */
function invoke(exp: Export, args: unknown[], depth0: number, osrFrame: Frame | null): unknown {
  try {
    return exp(...args);
  } catch (e) {
    const exc = e instanceof PyException ? e : engineErrorToPy(e);
    if (exc === null) throw e;
    const top = i32[MEM.DEPTH >> 2];
    for (let d = top; d > depth0; d--) {
      const u = units.get(i32[(MEM.SHADOW >> 2) + 2 * d]);
      if (u === undefined) continue;
      const pc = i32[(MEM.SHADOW >> 2) + 2 * d + 1];
      if (osrFrame !== null && d === depth0 + 1) {
        // The OSR'd function's own frame is the live interpreter frame: it adds the entry.
        osrFrame.pc = (pc + 1) * 2;
        continue;
      }
      exc.traceback.push({ filename: u.code.filename, name: u.code.name, lineno: u.code.lineFor(pc), code: u.code, index: pc } as TracebackEntry);
    }
    i32[MEM.DEPTH >> 2] = depth0;
    records = [];
    spillFast = [];
    spillStack = [];
    argBuf.length = 0;
    i32[MEM.STATUS >> 2] = 0;
    throw exc;
  }
}

/** The interpreter-facing entry of a normally entered unit: `undefined` when the arguments do
 *  not fit its signature or a baked-in global changed (the caller interprets instead). */
export type EntryFn = (fn: PyFunction, args: PyValue[], start: number, n: number) => PyValue | undefined;

/** Builds the entry wrapper for unit `u` whose export is `exp`. */
export function makeEntry(u: Unit, exp: Export): EntryFn {
  units.set(u.id, u);
  watch(u);
  const types = u.params.map((p) => p.t);
  const n = types.length;
  return (fn, args, start, nargs) => {
    if (nargs !== n || fn.globals !== u.func.globals) return undefined;
    const conv = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const v = args[start + i];
      if (!argMatches(v, types[i])) return undefined;
      const a = argValue(v, types[i], i);
      if (a === undefined) return undefined;
      conv[i] = a;
    }
    if (!assumptionsHold(u)) return undefined;
    const depth0 = prepareDepth();
    const r = invoke(exp, conv, depth0, null);
    i32[MEM.DEPTH >> 2] = depth0;
    if (i32[MEM.STATUS >> 2] !== 0) return resume(null) as PyValue;
    return boxResult(u, r);
  };
}

/** The interpreter-facing OSR entry: runs frame `f` from loop header `u.osrPc` in compiled
 *  code. Returns the function's return value, {@link RESUMED} when the compiled loop
 *  deoptimised into `f`, or `undefined` when `f`'s values do not fit the unit. */
export function makeOsrEntry(u: Unit, exp: Export): (f: Frame) => PyValue | typeof RESUMED | undefined {
  units.set(u.id, u);
  watch(u);
  const types = u.params.map((p) => p.t);
  const stackTypes = u.osrStack.map((p) => p.t);
  return (f) => {
    for (;;) {
      if (f.sp !== stackTypes.length || f.func === null || f.func.globals !== u.func.globals) return undefined;
      const conv: unknown[] = [];
      for (let i = 0; i < types.length; i++) {
        if (types[i] === Ty.Undef) continue;
        const v = f.fast[i];
        if (!argMatches(v, types[i])) return undefined;
        if (types[i] !== Ty.None) {
          const a = argValue(v!, types[i], i);
          if (a === undefined) return undefined;
          conv.push(a);
        }
      }
      for (let d = 0; d < stackTypes.length; d++) {
        const it = f.stack[d];
        if (stackTypes[d] === Ty.RangeIter) {
          if (!(it instanceof PyRangeIterator) || typeof it.cur !== "number" || (u.osrStack[d].k !== undefined && it.step !== u.osrStack[d].k)) return undefined;
          conv.push(it.cur, it.stop, it.step);
        } else {
          if (!argMatches(it, stackTypes[d]) || typeof it === "bigint") return undefined;
          conv.push(argValue(it, stackTypes[d], 0));
        }
      }
      if (!assumptionsHold(u)) return undefined;
      const depth0 = prepareDepth();
      const r = invoke(exp, conv, depth0, f);
      i32[MEM.DEPTH >> 2] = depth0;
      if (i32[MEM.STATUS >> 2] === 0) return boxResult(u, r);
      const out = resume(f);
      if (out !== RESUMED) return out;
      // A poll exit at the loop header: go straight back in (V8 now runs optimised code).
      if (lastResumeWasPoll && f.pc === u.osrPc * 2) continue;
      return RESUMED;
    }
  };
}

let lastResumeWasPoll = false;

/** Finishes deoptimised compiled frames in the interpreter, innermost first. With `osrFrame`,
 *  the outermost record belongs to that live interpreter frame and is written back into it. */
function resume(osrFrame: Frame | null): PyValue | typeof RESUMED {
  i32[MEM.STATUS >> 2] = 0;
  const recs = records;
  records = [];
  let result: PyValue | undefined;
  lastResumeWasPoll = false;
  // Frames still waiting in `recs` count towards the recursion limit while inner ones run.
  const r = rt();
  const base = r.depth;
  try {
    return resumeRecords(recs, osrFrame, r, base);
  } finally {
    r.depth = base;
  }
}

function resumeRecords(recs: DeoptRecord[], osrFrame: Frame | null, r: Runtime, base: number): PyValue | typeof RESUMED {
  let result: PyValue | undefined;
  for (let i = 0; i < recs.length; i++) {
    r.depth = base + (recs.length - 1 - i);
    const d = recs[i];
    const u = d.unit;
    if (d.kind !== DeoptKind.Poll) countDeopt(u, d);
    if (osrFrame !== null && i === recs.length - 1 && u.osrPc >= 0) {
      const f = osrFrame;
      for (let k = 0; k < d.fast.length; k++) if (d.fast[k] !== undefined) f.fast[k] = d.fast[k];
      let sp = 0;
      for (let k = 0; k < d.stack.length; k++) f.stack[sp++] = d.stack[k] as PyValue;
      if (d.kind === DeoptKind.CalleeDeopt) f.stack[sp++] = result as PyValue;
      f.sp = sp;
      f.pc = d.pc * 2;
      lastResumeWasPoll = d.kind === DeoptKind.Poll;
      return RESUMED;
    }
    const func = u.func;
    const f = new Frame(u.code, func.globals, builtinsFor(func), null, func);
    for (let k = 0; k < d.fast.length; k++) f.fast[k] = d.fast[k];
    let sp = 0;
    for (let k = 0; k < d.stack.length; k++) f.stack[sp++] = d.stack[k] as PyValue;
    if (d.kind === DeoptKind.CalleeDeopt) f.stack[sp++] = result as PyValue;
    f.sp = sp;
    f.pc = d.pc * 2;
    try {
      result = runFrameHook(f);
    } catch (e) {
      if (e instanceof PyException) {
        for (let j = i + 1; j < recs.length; j++) {
          const o = recs[j];
          if (osrFrame !== null && j === recs.length - 1 && o.unit.osrPc >= 0) {
            // The live OSR frame adds its own traceback entry when the interpreter unwinds it.
            osrFrame.pc = o.pc * 2;
            continue;
          }
          e.traceback.push({ filename: o.unit.code.filename, name: o.unit.code.name, lineno: o.unit.code.lineFor(o.pc - 1), code: o.unit.code, index: o.pc - 1 } as TracebackEntry);
        }
      }
      throw e;
    }
  }
  return result as PyValue;
}

function countDeopt(u: Unit, d: DeoptRecord): void {
  let s = unitStats.get(u.id);
  if (s === undefined) {
    s = { deopts: new Map() };
    unitStats.set(u.id, s);
  }
  const reason = d.kind === DeoptKind.CalleeDeopt ? "a callee deoptimised" : `guard failed at line ${u.code.lineFor(d.pc)} (instruction ${d.pc})`;
  s.deopts.set(reason, (s.deopts.get(reason) ?? 0) + 1);
  let total = 0;
  for (const v of s.deopts.values()) total += v;
  if (total === DEOPT_LIMIT) onDeoptStorm(u, reason);
}

/** Deoptimisations after which a unit is dropped (its function stays interpreted). */
export const DEOPT_LIMIT = 20;

let runFrameHook: (f: Frame) => PyValue = () => {
  throw new Error("jit runtime: interpreter not installed");
};
let builtinsFor: (fn: PyFunction) => import("../vm/objects/dict.js").PyDict = () => rt().builtins;

/** Interpreter helpers compiled code shares (installed by vm/interpreter.ts; imported
 *  directly they would form a module cycle). */
export interface InterpreterHelpers {
  /** Runs a frame to completion. */
  run: (f: Frame) => PyValue;
  /** The builtins a function's globals resolve to. */
  builtins: (fn: PyFunction) => import("../vm/objects/dict.js").PyDict;
  /** UNPACK_SEQUENCE. */
  unpack: (v: PyValue, n: number) => PyValue[];
  /** `raise v [from cause]`: the exception to throw. */
  raisable: (v: PyValue, cause: PyValue | undefined) => PyException;
  /** FORMAT_VALUE. */
  format: (v: PyValue, conversion: number, spec: string) => string;
}

let unpackHook: InterpreterHelpers["unpack"] = () => [];
let raisableHook: InterpreterHelpers["raisable"] = () => newException("SystemError", "jit runtime not connected");
let formatHook: InterpreterHelpers["format"] = () => "";

/** Connects the runtime to the interpreter (set once by vm/interpreter.ts). */
export function setInterpreterHooks(h: InterpreterHelpers): void {
  runFrameHook = h.run;
  builtinsFor = h.builtins;
  unpackHook = h.unpack;
  raisableHook = h.raisable;
  formatHook = h.format;
}

/** Instantiates assembled bytes against the shared memory and helpers. */
export function instantiate(bytes: Uint8Array): WebAssembly.Instance {
  const mod = new WebAssembly.Module(bytes as Uint8Array<ArrayBuffer>);
  return new WebAssembly.Instance(mod, { env: imports as WebAssembly.ModuleImports });
}

/** The interrupt word compiled loops poll; a host (or scheduler) sets it to stop them. */
export function setInterrupt(on: boolean): void {
  i32[MEM.INTERRUPT >> 2] = on ? 1 : 0;
}
