// list and tuple methods.
import { ctorArity } from "./arity.js";
import { NotImplemented, None, typeOf, type PyValue, PyType } from "./object.js";
import { PyList, listType } from "./list.js";
import { PyTuple, tupleType, newTuple } from "./tuple.js";
import { PySlice } from "./slice.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
import { defMethod, PyBuiltin } from "./function.js";
import { raise } from "../raise.js";
import { toArray, indexOf, call, lessThan, isTrue, eq, hash, repr, allocInstance } from "../ops.js";
import { hashTuple } from "../numeric/hash.js";
import { normIndex, sliceGet, listAssignSlice, sliceDel, seqCompare, seqCount, seqIndex, reprItems, repeatArray, MAX_ARRAY_LENGTH } from "./sequence.js";
import { asInt } from "./int.js";
import { PyFloat } from "./float.js";
import { hasSurrogates } from "./str_index.js";

const listIteratorType = makeIteratorType("list_iterator");
const listReverseIteratorType = makeIteratorType("list_reverseiterator");
const tupleIteratorType = makeIteratorType("tuple_iterator");

/** Iterates a live array by index (sees appends, like CPython's list_iterator). */
export class ArrayIterator extends PyIterator {
  i = 0;
  constructor(readonly owner: { items: PyValue[] }, cls: PyType) {
    super(cls);
  }
  override next(): PyValue | undefined {
    const items = this.owner.items;
    if (this.i < items.length) return items[this.i++];
    this.i = Infinity;
    return undefined;
  }
}

class ReverseIterator extends PyIterator {
  i: number;
  constructor(readonly owner: { items: PyValue[] }) {
    super(listReverseIteratorType);
    this.i = owner.items.length - 1;
  }
  override next(): PyValue | undefined {
    const items = this.owner.items;
    if (this.i >= 0 && this.i < items.length) return items[this.i--];
    this.i = -1;
    return undefined;
  }
}

for (const t of [listIteratorType, tupleIteratorType]) {
  defMethod(t, "__length_hint__", (args) => {
    const it = args[0] as ArrayIterator;
    return Math.max(0, it.owner.items.length - it.i);
  });
}
defMethod(listReverseIteratorType, "__length_hint__", (args) => {
  const it = args[0] as ReverseIterator;
  return it.i >= 0 && it.i < it.owner.items.length ? it.i + 1 : 0;
});

function L(v: PyValue): PyList {
  if (!(v instanceof PyList)) raise("TypeError", `descriptor requires a 'list' object but received a '${typeOf(v).name}'`);
  return v;
}

function T(v: PyValue): PyTuple {
  return v as PyTuple;
}

function optIndex(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  if (asInt(v) === undefined && typeOf(v).lookup("__index__") === undefined) raise("TypeError", "slice indices must be integers or have an __index__ method");
  return clampIndex(v);
}

/** An index argument that CPython converts with __index__ (`'str' object cannot be interpreted as an integer`). */
export function intIndex(v: PyValue): number {
  const n = asInt(v);
  if (n === undefined && typeOf(v).lookup("__index__") === undefined) raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (typeof n === "bigint" && (n >= 1n << 63n || n < -(1n << 63n))) raise("OverflowError", "Python int too large to convert to C ssize_t");
  return clampIndex(v);
}

/** indexOf, with ints beyond 2**53 clamped (list positions are far smaller anyway). */
function clampIndex(v: PyValue): number {
  const n = asInt(v);
  if (typeof n === "bigint") return n < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return indexOf(v);
}

// ----------------------------------------------------------------------------- list

listType.ns.set("__new__", new PyBuiltin("__new__", (args) => {
  const cls = args[0] as PyType;
  return cls === listType ? new PyList([]) : allocInstance(cls);
}));
defMethod(listType, "__init__", (args, kw) => {
  if (kw && kw.size) raise("TypeError", "list() takes no keyword arguments");
  if (args.length > 2) raise("TypeError", `list expected at most 1 argument, got ${args.length - 1}`);
  const l = L(args[0]);
  l.items = args.length > 1 ? toArray(args[1]) : [];
  return None;
});
defMethod(listType, "__len__", (args) => L(args[0]).items.length);
defMethod(listType, "__getitem__", (args) => {
  const l = L(args[0]);
  const k = args[1];
  if (k instanceof PySlice) return new PyList(sliceGet(l.items, k));
  return l.items[normIndex(k, l.items.length, "list index out of range")];
});
defMethod(listType, "__setitem__", (args) => {
  const l = L(args[0]);
  const k = args[1];
  if (k instanceof PySlice) {
    listAssignSlice(l, k, args[2]);
  } else l.items[normIndex(k, l.items.length, "list assignment index out of range")] = args[2];
  return None;
});
defMethod(listType, "__delitem__", (args) => {
  const l = L(args[0]);
  const k = args[1];
  if (k instanceof PySlice) sliceDel(l.items, k);
  else l.items.splice(normIndex(k, l.items.length, "list assignment index out of range"), 1);
  return None;
});
defMethod(listType, "__contains__", (args) => {
  const items = L(args[0]).items;
  for (const x of items) if (x === args[1] || eq(x, args[1])) return true;
  return false;
});
defMethod(listType, "__iter__", (args) => new ArrayIterator(L(args[0]), listIteratorType));
defMethod(listType, "__reversed__", (args) => new ReverseIterator(L(args[0])));
defMethod(listType, "__add__", (args) => {
  const o = args[1];
  if (!(o instanceof PyList)) raise("TypeError", `can only concatenate list (not "${typeOf(o).name}") to list`);
  return new PyList(L(args[0]).items.concat(o.items));
});
defMethod(listType, "__iadd__", (args) => {
  const l = L(args[0]);
  const add = args[1] === l ? l.items.slice() : toArray(args[1]);
  for (const x of add) l.items.push(x);
  return l;
});
function repeat(items: PyValue[], n: PyValue): PyValue[] | undefined {
  const k = asInt(n);
  if (k === undefined) {
    if (typeOf(n).lookup("__index__") !== undefined) return repeat(items, indexOf(n));
    return undefined;
  }
  const c = Number(k);
  if (c <= 0 || items.length === 0) return [];
  if (items.length * c > MAX_ARRAY_LENGTH) raise("MemoryError", "");
  return repeatArray(items, c);
}
defMethod(listType, "__mul__", (args) => {
  const r = repeat(L(args[0]).items, args[1]);
  if (r === undefined) raise("TypeError", `can't multiply sequence by non-int of type '${typeOf(args[1]).name}'`);
  return new PyList(r);
});
defMethod(listType, "__rmul__", (args) => {
  const r = repeat(L(args[0]).items, args[1]);
  return r === undefined ? NotImplemented : new PyList(r);
});
defMethod(listType, "__imul__", (args) => {
  const l = L(args[0]);
  const r = repeat(l.items, args[1]);
  if (r === undefined) raise("TypeError", `can't multiply sequence by non-int of type '${typeOf(args[1]).name}'`);
  l.items = r;
  return l;
});
for (const [n, op] of [["__lt__", 0], ["__le__", 1], ["__eq__", 2], ["__ne__", 3], ["__gt__", 4], ["__ge__", 5]] as const) {
  defMethod(listType, n, (args) => {
    const o = args[1];
    if (!(o instanceof PyList)) return NotImplemented;
    return seqCompare(L(args[0]).items, o.items, op);
  });
}
listType.ns.set("__hash__", None);
defMethod(listType, "__repr__", (args) => reprItems(args[0] as object, L(args[0]).items, "[", "]", "[...]"));
defMethod(listType, "append", (args) => {
  if (args.length !== 2) raise("TypeError", `list.append() takes exactly one argument (${args.length - 1} given)`);
  L(args[0]).items.push(args[1]);
  return None;
});
defMethod(listType, "extend", (args) => {
  const l = L(args[0]);
  const add = args[1] === l ? l.items.slice() : toArray(args[1]);
  for (const x of add) l.items.push(x);
  return None;
});
defMethod(listType, "insert", (args) => {
  const items = L(args[0]).items;
  let i = intIndex(args[1]);
  if (i < 0) i = Math.max(0, i + items.length);
  if (i > items.length) i = items.length;
  items.splice(i, 0, args[2]);
  return None;
});
defMethod(listType, "remove", (args) => {
  const items = L(args[0]).items;
  const i = seqIndex(items, args[1]);
  if (i < 0) raise("ValueError", "list.remove(x): x not in list");
  items.splice(i, 1);
  return None;
});
defMethod(listType, "pop", (args) => {
  const items = L(args[0]).items;
  let i = args.length < 2 ? -1 : intIndex(args[1]);
  if (items.length === 0) raise("IndexError", "pop from empty list");
  if (args.length < 2) return items.pop()!;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raise("IndexError", "pop index out of range");
  // shift() lets V8 move the array start instead of copying (lists used as queues).
  if (i === 0) return items.shift()!;
  return items.splice(i, 1)[0];
});
defMethod(listType, "clear", (args) => {
  L(args[0]).items = [];
  return None;
});
defMethod(listType, "index", (args) => {
  const items = L(args[0]).items;
  const i = seqIndex(items, args[1], optIndex(args[2], 0), optIndex(args[3], items.length));
  if (i < 0) raise("ValueError", `${repr(args[1])} is not in list`);
  return i;
});
defMethod(listType, "count", (args) => seqCount(L(args[0]).items, args[1]));
defMethod(listType, "reverse", (args) => {
  L(args[0]).items.reverse();
  return None;
});
defMethod(listType, "copy", (args) => new PyList(L(args[0]).items.slice()));

/** Sorts in place with Python semantics: stable, `key`, `reverse`, exceptions propagate. */
export function sortItems(items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const keys = key === None ? items : items.map((x) => call(key, [x]));
  const idx = items.map((_, i) => i);
  const nums = numericKeys(keys);
  // JS string order is UTF-16 order, which differs from code point order only with surrogates.
  if (nums === null && keys.every((k) => typeof k === "string" && !hasSurrogates(k))) {
    const cmp = (a: number, b: number) => ((keys[a] as string) < (keys[b] as string) ? -1 : (keys[a] as string) > (keys[b] as string) ? 1 : 0);
    if (reverse) {
      idx.reverse();
      idx.sort(cmp);
      idx.reverse();
    } else idx.sort(cmp);
    return idx.map((i) => items[i]);
  }
  // A stable merge sort that, like CPython's, only ever asks "<". For numbers it is ~10x faster
  // than Array.prototype.sort with a comparator.
  const less = nums !== null ? (a: number, b: number): boolean => nums[a] < nums[b] : (a: number, b: number): boolean => lessThan(keys[a], keys[b]);
  if (reverse) idx.reverse();
  const sorted = mergeSort(idx, less);
  if (reverse) sorted.reverse();
  return sorted.map((i) => items[i]);
}

/**
 * The keys as plain numbers when every key is a builtin int (small) or float and none is NaN,
 * so a numeric comparator orders them exactly as Python's `<` would; otherwise null.
 */
function numericKeys(keys: PyValue[]): Float64Array | null {
  const out = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    let v: number;
    if (typeof k === "number") v = k;
    else if (k instanceof PyFloat && !k.cls.isHeap) v = k.value;
    else return null;
    if (v !== v) return null;
    out[i] = v;
  }
  return out;
}

/** Stable merge sort of `a` with a strict less-than; insertion sort for short runs. */
function mergeSort(a: number[], less: (x: number, y: number) => boolean): number[] {
  const n = a.length;
  const RUN = 16;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const v = a[i];
      let j = i - 1;
      while (j >= lo && less(v, a[j])) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }
  let src = a;
  let dst = new Array<number>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      let i = lo, j = mid, k = lo;
      if (mid < hi && !less(src[mid], src[mid - 1])) {
        while (i < hi) dst[k++] = src[i++];
        continue;
      }
      while (i < mid && j < hi) dst[k++] = less(src[j], src[i]) ? src[j++] : src[i++];
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/** The `reverse=` argument of sort()/sorted(): an int (CPython parses it with "i"). */
export function reverseFlag(v: PyValue): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number" || typeof v === "bigint") return v != 0;
  if (typeOf(v).lookup("__index__") === undefined) raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return isTrue(v);
}

defMethod(listType, "sort", (args, kw) => {
  if (args.length > 1) raise("TypeError", "sort() takes no positional arguments");
  const l = L(args[0]);
  const key = kw?.get("key") ?? None;
  if (kw) for (const k of kw.keys()) if (k !== "key" && k !== "reverse") raise("TypeError", `'${k}' is an invalid keyword argument for sort()`);
  const reverse = kw?.has("reverse") ? reverseFlag(kw.get("reverse")!) : false;
  const items = l.items;
  l.items = [];
  try {
    l.items = sortItems(items, key, reverse);
  } catch (e) {
    l.items = items;
    throw e;
  }
  return None;
});

// ----------------------------------------------------------------------------- tuple

tupleType.ns.set("__new__", new PyBuiltin("__new__", ctorArity("tuple", "C0-1M", (args) => {
  const cls = args[0] as PyType;
  const items = args.length > 1 ? toArray(args[1]) : [];
  if (cls === tupleType) return args.length > 1 && args[1] instanceof PyTuple && args[1].cls === tupleType ? args[1] : newTuple(items);
  const t = new PyTuple(items, cls);
  if (cls.hasInstanceDict) t.dict = new (listDictCtor())();
  return t;
})));
import { PyDict } from "./dict.js";
function listDictCtor(): typeof PyDict {
  return PyDict;
}
defMethod(tupleType, "__len__", (args) => T(args[0]).items.length);
defMethod(tupleType, "__getitem__", (args) => {
  const t = T(args[0]);
  const k = args[1];
  if (k instanceof PySlice) return newTuple(sliceGet(t.items, k));
  return t.items[normIndex(k, t.items.length, "tuple index out of range", "tuple")];
});
defMethod(tupleType, "__contains__", (args) => {
  for (const x of T(args[0]).items) if (x === args[1] || eq(x, args[1])) return true;
  return false;
});
defMethod(tupleType, "__iter__", (args) => new ArrayIterator(T(args[0]), tupleIteratorType));
defMethod(tupleType, "__add__", (args) => {
  const o = args[1];
  if (!(o instanceof PyTuple)) raise("TypeError", `can only concatenate tuple (not "${typeOf(o).name}") to tuple`);
  return newTuple(T(args[0]).items.concat(o.items));
});
defMethod(tupleType, "__mul__", (args) => {
  const r = repeat(T(args[0]).items, args[1]);
  if (r === undefined) raise("TypeError", `can't multiply sequence by non-int of type '${typeOf(args[1]).name}'`);
  return newTuple(r);
});
defMethod(tupleType, "__rmul__", (args) => {
  const r = repeat(T(args[0]).items, args[1]);
  return r === undefined ? NotImplemented : newTuple(r);
});
for (const [n, op] of [["__lt__", 0], ["__le__", 1], ["__eq__", 2], ["__ne__", 3], ["__gt__", 4], ["__ge__", 5]] as const) {
  defMethod(tupleType, n, (args) => {
    const o = args[1];
    if (!(o instanceof PyTuple)) return NotImplemented;
    return seqCompare(T(args[0]).items, o.items, op);
  });
}
defMethod(tupleType, "__hash__", (args) => hashTuple(T(args[0]).items.map(hash)));
defMethod(tupleType, "__repr__", (args) => {
  const items = T(args[0]).items;
  if (items.length === 1) return reprItems(args[0] as object, items, "(", ",)", "(...)");
  return reprItems(args[0] as object, items, "(", ")", "(...)");
});
defMethod(tupleType, "count", (args) => seqCount(T(args[0]).items, args[1]));
defMethod(tupleType, "index", (args) => {
  const items = T(args[0]).items;
  const i = seqIndex(items, args[1], optIndex(args[2], 0), optIndex(args[3], items.length));
  if (i < 0) raise("ValueError", "tuple.index(x): x not in tuple");
  return i;
});
defMethod(tupleType, "__getnewargs__", (args) => newTuple([newTuple(T(args[0]).items.slice())]));
