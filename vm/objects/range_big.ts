// Ranges whose bounds or step lie beyond 2**53 (`range(10**30)`): a separate class so the
// interpreter's and the JIT's `instanceof PyRange` fast paths only ever see JS-number ranges.
// range_methods.ts sends every range method to the implementations here for these objects.
import { None, NotImplemented, typeOf, type PyValue } from "./object.js";
import { PyRange, PyRangeIterator, rangeType } from "./range.js";
import { PySlice } from "./slice.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
import { raise } from "../raise.js";
import { asInt } from "./int.js";
import { normBig, eq, hash, call, lookupSpecial } from "../ops.js";
import { hashTuple } from "../numeric/hash.js";
import { PyObject } from "./object.js";

const longRangeIteratorType = makeIteratorType("longrange_iterator");
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const SSIZE_MAX = (1n << 63n) - 1n;

/** A range with bigint bounds. */
export class PyBigRange extends PyObject {
  constructor(readonly start: bigint, readonly stop: bigint, readonly step: bigint) {
    super(rangeType);
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n ? start >= stop : start <= stop) return 0n;
    const span = step > 0n ? stop - start : start - stop;
    return (span - 1n) / (step > 0n ? step : -step) + 1n;
  }
}

const fits = (v: bigint): boolean => v >= -SAFE && v <= SAFE;

/** A range over bigint bounds: a plain PyRange when all three fit in JS numbers. */
export function makeRange(start: bigint, stop: bigint, step: bigint): PyRange | PyBigRange {
  if (fits(start) && fits(stop) && fits(step)) return new PyRange(Number(start), Number(stop), Number(step));
  return new PyBigRange(start, stop, step);
}

class BigRangeIterator extends PyIterator {
  constructor(private cur: bigint, private left: bigint, private readonly step: bigint) {
    super(longRangeIteratorType);
  }
  override next(): PyValue | undefined {
    if (this.left <= 0n) return undefined;
    const c = this.cur;
    this.cur += this.step;
    this.left -= 1n;
    return normBig(c);
  }
}

/** The integer value of a subscript or slice bound, as a bigint. */
function bigOf(v: PyValue, what: string): bigint {
  const i = asInt(v);
  if (i !== undefined) return BigInt(i);
  const f = lookupSpecial(v, "__index__");
  if (f !== undefined) return BigInt(asInt(call(f, [v]))!);
  raise("TypeError", what === "slice" ? "slice indices must be integers or None or have an __index__ method" : `range indices must be integers or slices, not ${typeOf(v).name}`);
}

/** slice.indices over a bigint length: [start, stop, step, count]. */
function bigIndices(s: PySlice, len: bigint): [bigint, bigint, bigint, bigint] {
  const step = s.step === None ? 1n : bigOf(s.step, "slice");
  if (step === 0n) raise("ValueError", "slice step cannot be zero");
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? len - 1n : len;
  const clamp = (v: PyValue, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let i = bigOf(v, "slice");
    if (i < 0n) {
      i += len;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = clamp(s.start, step < 0n ? upper : lower);
  const stop = clamp(s.stop, step < 0n ? lower : upper);
  let n = 0n;
  if (step > 0n ? start < stop : start > stop) n = ((step > 0n ? stop - start : start - stop) - 1n) / (step > 0n ? step : -step) + 1n;
  return [start, stop, step, n];
}

function position(r: PyBigRange, v: PyValue): bigint | undefined {
  const i = asInt(v);
  if (i === undefined || !(typeof v === "number" || typeof v === "bigint" || typeof v === "boolean")) {
    // Not an exact int: compare by value with each element would be unbounded; CPython does
    // the same linear search, so only small ranges can get here in practice.
    const n = r.length;
    for (let k = 0n; k < n; k++) if (eq(normBig(r.start + k * r.step), v)) return k;
    return undefined;
  }
  const x = BigInt(i);
  if (r.step > 0n ? x < r.start || x >= r.stop : x > r.start || x <= r.stop) return undefined;
  const d = x - r.start;
  return d % r.step === 0n ? d / r.step : undefined;
}

/** Both kinds of range as bigint triples, for equality between them. */
function triple(r: PyRange | PyBigRange): [bigint, bigint, bigint, bigint] {
  if (r instanceof PyBigRange) return [r.start, r.stop, r.step, r.length];
  return [BigInt(r.start), BigInt(r.stop), BigInt(r.step), BigInt(r.length)];
}

function rangeEq(a: PyRange | PyBigRange, b: PyRange | PyBigRange): boolean {
  const [s1, , st1, n1] = triple(a), [s2, , st2, n2] = triple(b);
  if (n1 !== n2) return false;
  if (n1 === 0n) return true;
  return s1 === s2 && (n1 === 1n || st1 === st2);
}

const str = (v: bigint): string => String(normBig(v));

/** The methods of a PyBigRange, by name. */
export const bigRangeMethods: Record<string, (r: PyBigRange, args: PyValue[]) => PyValue> = {
  __len__(r) {
    const n = r.length;
    if (n > SSIZE_MAX) raise("OverflowError", "Python int too large to convert to C ssize_t");
    return normBig(n);
  },
  __bool__: (r) => r.length > 0n,
  __iter__: (r) => new BigRangeIterator(r.start, r.length, r.step),
  __reversed__(r) {
    const n = r.length;
    return new BigRangeIterator(r.start + (n - 1n) * r.step, n, -r.step);
  },
  __getitem__(r, args) {
    const k = args[1];
    const n = r.length;
    if (k instanceof PySlice) {
      const [start, stop, step] = bigIndices(k, n);
      return makeRange(r.start + start * r.step, r.start + stop * r.step, r.step * step);
    }
    let i = bigOf(k, "range");
    if (i < 0n) i += n;
    if (i < 0n || i >= n) raise("IndexError", "range object index out of range");
    return normBig(r.start + i * r.step);
  },
  __contains__: (r, args) => position(r, args[1]) !== undefined,
  index(r, args) {
    const p = position(r, args[1]);
    if (p === undefined) raise("ValueError", `${typeof args[1] === "number" || typeof args[1] === "bigint" ? String(args[1]) : "?"} is not in range`);
    return normBig(p);
  },
  count: (r, args) => (position(r, args[1]) !== undefined ? 1 : 0),
  __repr__: (r) => (r.step === 1n ? `range(${str(r.start)}, ${str(r.stop)})` : `range(${str(r.start)}, ${str(r.stop)}, ${str(r.step)})`),
  __eq__: (r, args) => (args[1] instanceof PyRange || args[1] instanceof PyBigRange ? rangeEq(r, args[1]) : NotImplemented),
  __ne__: (r, args) => (args[1] instanceof PyRange || args[1] instanceof PyBigRange ? !rangeEq(r, args[1]) : NotImplemented),
  __hash__(r) {
    const n = r.length;
    if (n === 0n) return hashTuple([0, 0, 0]);
    return hashTuple([hash(normBig(n)), hash(normBig(r.start)), n === 1n ? 0 : hash(normBig(r.step))]);
  },
};

/** Getters of start/stop/step for a PyBigRange. */
export function bigRangeAttr(r: PyBigRange, name: "start" | "stop" | "step"): PyValue {
  return normBig(r[name]);
}

/** Equality of a plain range with a big one (from the plain range's __eq__). */
export function mixedRangeEq(a: PyRange, b: PyBigRange): boolean {
  return rangeEq(a, b);
}

/**
 * The range (or range iterator positioned at `cur`) a JIT loop over i64 bounds hands back to
 * the interpreter on deoptimisation; bounds beyond 2**53 need the bigint kinds.
 */
export function rangeFromI64(isRange: boolean, cur: bigint, stop: bigint, step: bigint): PyValue {
  if (isRange) return makeRange(cur, stop, step);
  if (fits(cur) && fits(stop) && fits(step)) return new PyRangeIterator(Number(cur), Number(stop), Number(step));
  return bigRangeMethods.__iter__(new PyBigRange(cur, stop, step), []);
}
