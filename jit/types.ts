// The JIT's abstract values: what the compiler knows about a local or stack slot.

/** Static type of a value in compiled code, and how it is held in wasm. */
export const enum Ty {
  /** Not bound yet (a local before its first store). */
  Undef,
  /** `int` within i64: a wasm i64. */
  Int,
  /** `float`: a wasm f64. */
  Float,
  /** `bool`: a wasm i32 (0/1). */
  Bool,
  /** `None`: no wasm value. */
  None,
  /** Any Python object: an externref (runtime helpers operate on it). */
  Obj,
  /** A `range(start, stop, step)` not yet iterated: three i64 locals. */
  Range,
  /** A range iterator: three i64 locals (cur, stop, step). */
  RangeIter,
  /** A value known at compile time (a function, builtin, module): no wasm value. */
  Known,
  /** The empty "self" slot LOAD_METHOD leaves for non-methods: no wasm value. */
  Null,
}

/** An abstract value: a type and, for Known values and constants, the value itself. */
export interface AV {
  /** The type. */
  t: Ty;
  /** The compile-time value (Known), or a constant's value (Int/Float) when known. */
  k?: unknown;
  /** For Known values: what it is, e.g. "builtins.range", "math.sqrt", "py" (a Python function). */
  tag?: string;
  /** True when the slot is unbound on some path (a local assigned only inside a branch). */
  mu?: boolean;
  /** Int only: proven bounds (from a branch on a comparison); they remove overflow checks. */
  lo?: bigint;
  /** Int only: proven upper bound. */
  hi?: bigint;
  /** Stack values pushed by LOAD_FAST: the local they were read from. */
  src?: number;
  /** Bool only: it is `local <op> k` (COMPARE_OP numbering), so a branch on it bounds the local. */
  cmp?: { local: number; op: number; k: bigint };
}

/** Human-readable type name for rejection reasons and --jit-stats. */
export function tyName(t: Ty): string {
  return ["unbound", "int", "float", "bool", "None", "object", "range", "range_iterator", "known", "null"][t];
}

/** Joins two abstract values at a control-flow merge; null when they cannot share a slot. */
export function joinAV(a: AV, b: AV): AV | null {
  if (a.t !== b.t) {
    if (a.t === Ty.Undef) return b.mu ? b : { ...b, mu: true };
    if (b.t === Ty.Undef) return a.mu ? a : { ...a, mu: true };
    return null;
  }
  if (a.mu !== b.mu) return joinAV({ ...a, mu: true }, { ...b, mu: true });
  if (a.t === Ty.Known) return a.k === b.k ? a : null;
  if (a.k !== undefined && !Object.is(a.k, b.k)) return a.mu ? { t: a.t, mu: true } : { t: a.t };
  // Facts survive a merge only when both paths agree (no widening needed: loops converge).
  if (a.lo !== b.lo || a.hi !== b.hi || a.src !== b.src || !sameCmp(a.cmp, b.cmp)) {
    const j: AV = { t: a.t, k: a.k, mu: a.mu };
    if (a.lo === b.lo) j.lo = a.lo;
    if (a.hi === b.hi) j.hi = a.hi;
    return j;
  }
  return a;
}

/** Whether two comparison facts are the same. */
export function sameCmp(a: AV["cmp"], b: AV["cmp"]): boolean {
  return a === b || (a !== undefined && b !== undefined && a.local === b.local && a.op === b.op && a.k === b.k);
}

/** Proven range of an int value: its constant, its bounds, else the whole i64 range. */
export function intRange(av: AV): [bigint, bigint] {
  if (typeof av.k === "number") return [BigInt(av.k), BigInt(av.k)];
  if (av.t === Ty.Bool) return [0n, 1n];
  return [av.lo ?? I64_MIN, av.hi ?? I64_MAX];
}

/** The i64 range. */
export const I64_MIN = -(2n ** 63n), I64_MAX = 2n ** 63n - 1n;

/** Suffix of the wasm locals that hold a value of type `t`. */
export function slotSuffix(t: Ty): string {
  switch (t) {
    case Ty.Int: return "i";
    case Ty.Float: return "f";
    case Ty.Bool: return "b";
    case Ty.Obj: return "r";
    default: return "";
  }
}
