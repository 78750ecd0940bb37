// range's Python methods: construction, len, indexing, slicing, membership, equality, repr.
import { ctorArity } from "./arity.js";
import { None, NotImplemented, typeOf, type PyValue } from "./object.js";
import { PyRange, rangeType, PyRangeIterator } from "./range.js";
import { PyBigRange, makeRange, bigRangeMethods, bigRangeAttr, mixedRangeEq } from "./range_big.js";
import { PySlice, sliceType } from "./slice.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
import { PyBuiltin, defMethod, defGetSet } from "./function.js";
import { newTuple } from "./tuple.js";
import { raise } from "../raise.js";
import { indexOf, call, lookupSpecial, eq, repr, compareOp, C } from "../ops.js";
import { asInt } from "./int.js";
import { PyFloat } from "./float.js";
import { hashTuple } from "../numeric/hash.js";

function rangeArg(v: PyValue): bigint {
  const i = asInt(v);
  if (i !== undefined) return BigInt(i);
  if (v instanceof PyFloat || lookupSpecial(v, "__index__") === undefined) {
    raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  }
  return BigInt(asInt(call(lookupSpecial(v, "__index__")!, [v]))!);
}

function R(v: PyValue): PyRange {
  return v as PyRange;
}

rangeType.ns.set("__new__", new PyBuiltin("__new__", (args, kw) => {
  if (kw && kw.size) raise("TypeError", "range() takes no keyword arguments");
  const a = args.slice(1);
  if (a.length === 0) raise("TypeError", "range expected at least 1 argument, got 0");
  if (a.length > 3) raise("TypeError", `range expected at most 3 arguments, got ${a.length}`);
  if (a.length === 1) return makeRange(0n, rangeArg(a[0]), 1n);
  const start = rangeArg(a[0]), stop = rangeArg(a[1]);
  const step = a.length > 2 ? rangeArg(a[2]) : 1n;
  if (step === 0n) raise("ValueError", "range() arg 3 must not be zero");
  return makeRange(start, stop, step);
}));
defMethod(rangeType, "__len__", (args) => R(args[0]).length);
defMethod(rangeType, "__bool__", (args) => R(args[0]).length > 0);
defMethod(rangeType, "__iter__", (args) => R(args[0]).iter());
defMethod(rangeType, "__reversed__", (args) => {
  const r = R(args[0]);
  const n = r.length;
  const last = r.start + (n - 1) * r.step;
  if (n === 0) return new PyRangeIterator(0, 0, 1);
  return new PyRangeIterator(last, r.start - r.step, -r.step);
});
defMethod(rangeType, "__getitem__", (args) => {
  const r = R(args[0]);
  const k = args[1];
  const n = r.length;
  if (k instanceof PySlice) {
    const [start, stop, step] = k.indices(n);
    return new PyRange(r.start + start * r.step, r.start + stop * r.step, r.step * step);
  }
  let i = indexOf(k, "range indices");
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise("IndexError", "range object index out of range");
  return r.start + i * r.step;
});
function rangeContains(r: PyRange, v: PyValue): boolean {
  const i = typeof v === "boolean" ? +v : v;
  if (typeof i === "number") {
    if (r.step > 0 ? i < r.start || i >= r.stop : i > r.start || i <= r.stop) return false;
    return (i - r.start) % r.step === 0;
  }
  const n = r.length;
  for (let k = 0; k < n; k++) if (eq(r.start + k * r.step, v)) return true;
  return false;
}
defMethod(rangeType, "__contains__", (args) => rangeContains(R(args[0]), args[1]));
defMethod(rangeType, "index", (args) => {
  const r = R(args[0]);
  if (!rangeContains(r, args[1])) raise("ValueError", `${typeof args[1] === "number" ? args[1] : "?"} is not in range`);
  const v = args[1] as number;
  if (typeof v === "number") return (v - r.start) / r.step;
  for (let k = 0; k < r.length; k++) if (eq(r.start + k * r.step, args[1])) return k;
  return 0;
});
defMethod(rangeType, "count", (args) => (rangeContains(R(args[0]), args[1]) ? 1 : 0));
defMethod(rangeType, "__repr__", (args) => {
  const r = R(args[0]);
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
});
function rangeEq(a: PyRange, b: PyRange): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  if (n === 0) return true;
  if (a.start !== b.start) return false;
  return n === 1 || a.step === b.step;
}
defMethod(rangeType, "__eq__", (args) => {
  if (args[1] instanceof PyBigRange) return mixedRangeEq(R(args[0]), args[1]);
  return args[1] instanceof PyRange ? rangeEq(R(args[0]), args[1]) : NotImplemented;
});
defMethod(rangeType, "__ne__", (args) => {
  if (args[1] instanceof PyBigRange) return !mixedRangeEq(R(args[0]), args[1]);
  return args[1] instanceof PyRange ? !rangeEq(R(args[0]), args[1]) : NotImplemented;
});
defMethod(rangeType, "__hash__", (args) => {
  const r = R(args[0]);
  const n = r.length;
  if (n === 0) return hashTuple([0, None as never, None as never].map(() => 0));
  return hashTuple([n, r.start, n === 1 ? 0 : r.step]);
});
for (const name of ["start", "stop", "step"] as const) {
  defGetSet(rangeType, name, (s) => (s instanceof PyBigRange ? bigRangeAttr(s, name) : R(s)[name]));
}
// Ranges with bounds beyond 2**53 are PyBigRange objects with their own implementations.
for (const [name, big] of Object.entries(bigRangeMethods)) {
  const small = (rangeType.ns.get(name) as PyBuiltin).fn;
  defMethod(rangeType, name, (args, kw) => (args[0] instanceof PyBigRange ? big(args[0], args) : small(args, kw)));
}
void newTuple;

sliceType.ns.set("__new__", new PyBuiltin("__new__", ctorArity("slice", "C1-3M", (args) => {
  const a = args.slice(1);
  if (a.length === 0) raise("TypeError", "slice expected at least 1 argument, got 0");
  if (a.length > 3) raise("TypeError", `slice expected at most 3 arguments, got ${a.length}`);
  if (a.length === 1) return new PySlice(None, a[0], None);
  return new PySlice(a[0], a[1], a.length > 2 ? a[2] : None);
})));
defMethod(sliceType, "indices", (args) => {
  const n = asInt(args[1]);
  if (n === undefined) raise("TypeError", `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
  if (n < 0) raise("ValueError", "length should not be negative");
  const [start, stop, step] = (args[0] as PySlice).indices(Number(n));
  return newTuple([start, stop, step]);
});
defMethod(sliceType, "__repr__", (args) => {
  const s = args[0] as PySlice;
  return `slice(${repr(s.start)}, ${repr(s.stop)}, ${repr(s.step)})`;
});
defMethod(sliceType, "__eq__", (args) => {
  const a = args[0] as PySlice, b = args[1];
  if (!(b instanceof PySlice)) return NotImplemented;
  return eq(newTuple([a.start, a.stop, a.step]), newTuple([b.start, b.stop, b.step]));
});
// Slices order like the tuples (start, stop, step).
for (const [name, op] of [["__lt__", C.LT], ["__le__", C.LE], ["__gt__", C.GT], ["__ge__", C.GE]] as const) {
  defMethod(sliceType, name, (args) => {
    const a = args[0] as PySlice, b = args[1];
    if (!(b instanceof PySlice)) return NotImplemented;
    return compareOp(op, newTuple([a.start, a.stop, a.step]), newTuple([b.start, b.stop, b.step]));
  });
}
sliceType.ns.set("__hash__", None);
defGetSet(sliceType, "start", (s) => (s as PySlice).start);
defGetSet(sliceType, "stop", (s) => (s as PySlice).stop);
defGetSet(sliceType, "step", (s) => (s as PySlice).step);
