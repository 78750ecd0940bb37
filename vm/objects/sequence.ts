// Shared sequence helpers for list, tuple, str and bytes: indexing, slicing, comparison, repr.
import type { PyValue } from "./object.js";
import { PySlice } from "./slice.js";
import { raise } from "../raise.js";
import { eq, lessThan, indexOf, isTrue, compareOp, repr, toArray } from "../ops.js";
import { typeOf, type PyObject } from "./object.js";
import { PyList } from "./list.js";
import { PyTuple } from "./tuple.js";

/** Normalises an index against `len`, raising IndexError with `what` ("list index out of range"). */
export function normIndex(i: PyValue, len: number, what: string, kind = "list"): number {
  let n = indexOf(i, `${kind} indices`);
  if (n < 0) n += len;
  if (n < 0 || n >= len) raise("IndexError", what);
  return n;
}

/**
 * Longest array V8 can hold (FixedArray::kMaxLength, less a margin); growing past it aborts the
 * process, so list sizes beyond it are a MemoryError instead.
 */
export const MAX_ARRAY_LENGTH = 2 ** 27 - 64;

/**
 * `items` repeated `count` times. Up to 32M elements `new Array(n)` gives fast (holey) storage;
 * past that V8 makes it a dictionary, where filling 40M elements took 10 s, so big results are
 * built by doubling with `concat`, which keeps fast elements.
 */
export function repeatArray<T>(items: readonly T[], count: number): T[] {
  const n = items.length * count;
  if (n > MAX_ARRAY_LENGTH) raise("MemoryError", "");
  const first = Math.min(count, Math.max(1, Math.floor((1 << 24) / Math.max(1, items.length))));
  let out = new Array<T>(items.length * first);
  for (let r = 0, j = 0; r < first; r++) for (let i = 0; i < items.length; i++) out[j++] = items[i];
  while (out.length < n) out = out.concat(out.length * 2 <= n ? out : out.slice(0, n - out.length));
  return out;
}

/** Elements of `items` selected by a slice. */
export function sliceGet<T>(items: T[], s: PySlice): T[] {
  const [start, stop, step, n] = s.indices(items.length);
  if (step === 1) return items.slice(start, Math.max(start, stop));
  const out = new Array<T>(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

/** Appends every element of `src` to `dst`; unlike push(...src) it cannot overflow the JS stack. */
export function pushAll<T>(dst: T[], src: readonly T[]): void {
  for (let i = 0; i < src.length; i++) dst.push(src[i]);
}

/** `items[s] = values` with CPython's extended-slice size rule. */
export function sliceSet(items: PyValue[], s: PySlice, values: PyValue[]): void {
  const [start, stop, step, n] = s.indices(items.length);
  if (step === 1) {
    const end = Math.max(start, stop);
    if (end - start === values.length) {
      for (let i = 0; i < values.length; i++) items[start + i] = values[i];
    } else {
      // Not splice(...values): spreading a long list as arguments overflows the JS stack.
      const tail = items.slice(end);
      items.length = start;
      pushAll(items, values);
      pushAll(items, tail);
    }
    return;
  }
  if (values.length !== n) {
    raise("ValueError", `attempt to assign sequence of size ${values.length} to extended slice of size ${n}`);
  }
  for (let i = 0, j = start; i < n; i++, j += step) items[j] = values[i];
}

/** `l[s] = v` for a list: any iterable on the right, copied first when it is `l` itself. */
export function listAssignSlice(l: PyObject & { items: PyValue[] }, s: PySlice, v: PyValue): void {
  let values: PyValue[];
  if (v === l) values = l.items.slice();
  // sliceSet only reads the values, so another builtin list or tuple needs no copy.
  else if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.isHeap) values = v.items;
  else {
    try {
      values = toArray(v);
    } catch (e) {
      if (typeOf(v).lookup("__iter__") === undefined && typeOf(v).lookup("__getitem__") === undefined) raise("TypeError", "can only assign an iterable");
      throw e;
    }
  }
  sliceSet(l.items, s, values);
}

/** `del items[s]`. */
export function sliceDel(items: PyValue[], s: PySlice): void {
  const [start, stop, step, n] = s.indices(items.length);
  if (step === 1) {
    if (stop > start) items.splice(start, stop - start);
    return;
  }
  const drop = new Set<number>();
  for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
  let w = 0;
  for (let r = 0; r < items.length; r++) if (!drop.has(r)) items[w++] = items[r];
  items.length = w;
}

/** Lexicographic rich comparison of two sequences (op: 0 LT .. 5 GE). */
export function seqCompare(a: PyValue[], b: PyValue[], op: number): boolean {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) if (!(a[i] === b[i] || eq(a[i], b[i]))) break;
  if (i >= n) {
    const la = a.length, lb = b.length;
    switch (op) {
      case 0: return la < lb;
      case 1: return la <= lb;
      case 2: return la === lb;
      case 3: return la !== lb;
      case 4: return la > lb;
      default: return la >= lb;
    }
  }
  if (op === 2) return false;
  if (op === 3) return true;
  if (op === 0) return lessThan(a[i], b[i]);
  return isTrue(compareOp(op, a[i], b[i]));
}

/** `items.count(v)`. */
export function seqCount(items: PyValue[], v: PyValue): number {
  let c = 0;
  for (const x of items) if (x === v || eq(x, v)) c++;
  return c;
}

/** `items.index(v, start, stop)` or -1. */
export function seqIndex(items: PyValue[], v: PyValue, start = 0, stop = items.length): number {
  if (start < 0) start = Math.max(0, start + items.length);
  if (stop < 0) stop = Math.max(0, stop + items.length);
  for (let i = start; i < Math.min(stop, items.length); i++) if (items[i] === v || eq(items[i], v)) return i;
  return -1;
}

const inRepr = new Set<unknown>();

/** Repr of a container with recursion protection (`[...]`). */
export function reprItems(self: object, items: PyValue[], open: string, close: string, recursive: string): string {
  if (inRepr.has(self)) return recursive;
  inRepr.add(self);
  try {
    let s = open;
    for (let i = 0; i < items.length; i++) {
      if (i > 0) s += ", ";
      s += repr(items[i]);
    }
    return s + close;
  } finally {
    inRepr.delete(self);
  }
}

/** Runs `f` with `self` marked as being repr'd; returns `recursive` if it already is. */
export function guardRepr(self: object, recursive: string, f: () => string): string {
  if (inRepr.has(self)) return recursive;
  inRepr.add(self);
  try {
    return f();
  } finally {
    inRepr.delete(self);
  }
}
