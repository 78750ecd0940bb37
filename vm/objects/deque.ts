// collections.deque: a ring buffer (O(1) appends and pops at both ends), exposed to Python by the
// _collections module that collections re-exports.
import { PyObject, PyType, makeBuiltinType, None, NotImplemented, typeOf, type PyValue } from "./object.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
import { PyBuiltin, defMethod, defGetSet } from "./function.js";
import { PyList } from "./list.js";
import { PyTuple, newTuple } from "./tuple.js";
import { raise } from "../raise.js";
import { toArray, eq, indexOf, getIter, iterNext, repr as reprOf } from "../ops.js";
import { asInt } from "./int.js";
import { reprItems, seqCompare } from "./sequence.js";
import { PyModule } from "./module.js";
import { builtinModules } from "../../stdlib/modules.js";

/** `collections.deque`. */
export const dequeType: PyType = makeBuiltinType("deque", undefined, (cls) => new PyDeque(cls));
dequeType.ns.set("__module__", "collections");
const dequeIterType = makeIteratorType("_collections._deque_iterator");
const dequeRevIterType = makeIteratorType("_collections._deque_reverse_iterator");

/** A deque: `len` items starting at `head` in a power-of-two ring `buf`. */
export class PyDeque extends PyObject {
  buf: PyValue[] = new Array<PyValue>(8);
  head = 0;
  len = 0;
  maxlen: number | null = null;
  /** Bumped by every mutation (iterators detect changes with it). */
  state = 0;
  constructor(cls: PyType = dequeType) {
    super(cls);
  }
  at(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)];
  }
  setAt(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const old = this.buf;
    const n = old.length;
    const nb = new Array<PyValue>(n * 2);
    for (let i = 0; i < this.len; i++) nb[i] = old[(this.head + i) & (n - 1)];
    this.buf = nb;
    this.head = 0;
  }
  push(v: PyValue): void {
    if (this.maxlen === 0) return;
    if (this.len === this.buf.length) this.grow();
    this.buf[(this.head + this.len) & (this.buf.length - 1)] = v;
    this.len++;
    this.state++;
    if (this.maxlen !== null && this.len > this.maxlen) this.shift();
  }
  unshift(v: PyValue): void {
    if (this.maxlen === 0) return;
    if (this.len === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.len++;
    this.state++;
    if (this.maxlen !== null && this.len > this.maxlen) this.pop();
  }
  pop(): PyValue {
    const i = (this.head + this.len - 1) & (this.buf.length - 1);
    const v = this.buf[i];
    this.buf[i] = undefined as unknown as PyValue;
    this.len--;
    this.state++;
    return v;
  }
  shift(): PyValue {
    const v = this.buf[this.head];
    this.buf[this.head] = undefined as unknown as PyValue;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.len--;
    this.state++;
    return v;
  }
  toArray(): PyValue[] {
    const out = new Array<PyValue>(this.len);
    for (let i = 0; i < this.len; i++) out[i] = this.at(i);
    return out;
  }
  setAll(items: PyValue[]): void {
    let cap = 8;
    while (cap < items.length) cap *= 2;
    this.buf = new Array<PyValue>(cap);
    for (let i = 0; i < items.length; i++) this.buf[i] = items[i];
    this.head = 0;
    this.len = items.length;
    this.state++;
  }
}

class DequeIter extends PyIterator {
  private i = 0;
  private readonly state: number;
  constructor(private readonly d: PyDeque, private readonly reverse: boolean) {
    super(reverse ? dequeRevIterType : dequeIterType);
    this.state = d.state;
  }
  override next(): PyValue | undefined {
    const d = this.d;
    if (d.state !== this.state) {
      this.i = Infinity;
      raise("RuntimeError", "deque mutated during iteration");
    }
    if (this.i >= d.len) return undefined;
    const k = this.i++;
    return d.at(this.reverse ? d.len - 1 - k : k);
  }
}

function D(v: PyValue): PyDeque {
  if (!(v instanceof PyDeque)) raise("TypeError", `descriptor requires a 'collections.deque' object but received a '${typeOf(v).name}'`);
  return v;
}

function extend(d: PyDeque, it: PyValue, left: boolean): void {
  if (it === d) {
    for (const v of d.toArray()) left ? d.unshift(v) : d.push(v);
    return;
  }
  const iter = getIter(it);
  for (let v = iterNext(iter); v !== undefined; v = iterNext(iter)) left ? d.unshift(v) : d.push(v);
}

function normIndex(d: PyDeque, k: PyValue): number {
  if (typeof k !== "number" && typeof k !== "boolean" && asInt(k) === undefined) {
    raise("TypeError", `sequence index must be integer, not '${typeOf(k).name}'`);
  }
  let i = indexOf(k);
  if (i < 0) i += d.len;
  if (i < 0 || i >= d.len) raise("IndexError", "deque index out of range");
  return i;
}

function rotate(d: PyDeque, n: number): void {
  const len = d.len;
  if (len <= 1) return;
  n %= len;
  if (n < 0) n += len;
  if (n === 0) return;
  if (n <= len / 2) for (let i = 0; i < n; i++) d.unshift(d.pop());
  else for (let i = 0; i < len - n; i++) d.push(d.shift());
}

defMethod(dequeType, "__init__", (args, kw) => {
  const d = D(args[0]);
  const it = args.length > 1 ? args[1] : kw?.get("iterable");
  const ml = args.length > 2 ? args[2] : kw?.get("maxlen");
  if (ml !== undefined && ml !== None) {
    const n = asInt(ml);
    if (n === undefined) raise("TypeError", "an integer is required");
    if (n < 0) raise("ValueError", "maxlen must be non-negative");
    d.maxlen = Number(n);
  } else d.maxlen = null;
  if (d.len > 0) d.setAll([]);
  if (it !== undefined && it !== None) extend(d, it, false);
  return None;
});
defGetSet(dequeType, "maxlen", (s) => (D(s).maxlen === null ? None : D(s).maxlen!));
defMethod(dequeType, "append", (args) => {
  D(args[0]).push(args[1]);
  return None;
});
defMethod(dequeType, "appendleft", (args) => {
  D(args[0]).unshift(args[1]);
  return None;
});
defMethod(dequeType, "pop", (args) => {
  const d = D(args[0]);
  if (d.len === 0) raise("IndexError", "pop from an empty deque");
  return d.pop();
});
defMethod(dequeType, "popleft", (args) => {
  const d = D(args[0]);
  if (d.len === 0) raise("IndexError", "pop from an empty deque");
  return d.shift();
});
defMethod(dequeType, "extend", (args) => {
  extend(D(args[0]), args[1], false);
  return None;
});
defMethod(dequeType, "extendleft", (args) => {
  extend(D(args[0]), args[1], true);
  return None;
});
defMethod(dequeType, "clear", (args) => {
  D(args[0]).setAll([]);
  return None;
});
function copyOf(d: PyDeque): PyDeque {
  const c = new PyDeque(d.cls);
  c.maxlen = d.maxlen;
  c.setAll(d.toArray());
  return c;
}
defMethod(dequeType, "copy", (args) => copyOf(D(args[0])));
defMethod(dequeType, "__copy__", (args) => copyOf(D(args[0])));
defMethod(dequeType, "count", (args) => {
  const d = D(args[0]);
  const st = d.state;
  let n = 0;
  for (let i = 0; i < d.len; i++) {
    const v = d.at(i);
    if (v === args[1] || eq(v, args[1])) n++;
    if (d.state !== st) raise("RuntimeError", "deque mutated during iteration");
  }
  return n;
});
defMethod(dequeType, "index", (args) => {
  const d = D(args[0]);
  let start = args.length > 2 ? indexOf(args[2]) : 0;
  let stop = args.length > 3 ? indexOf(args[3]) : d.len;
  if (start < 0) start = Math.max(0, start + d.len);
  if (stop < 0) stop = Math.max(0, stop + d.len);
  stop = Math.min(stop, d.len);
  const st = d.state;
  for (let i = start; i < stop; i++) {
    const v = d.at(i);
    if (v === args[1] || eq(v, args[1])) return i;
    if (d.state !== st) raise("RuntimeError", "deque mutated during iteration");
  }
  raise("ValueError", `${reprOf(args[1])} is not in deque`);
});
defMethod(dequeType, "insert", (args) => {
  const d = D(args[0]);
  if (d.maxlen !== null && d.len >= d.maxlen) raise("IndexError", "deque already at its maximum size");
  let i = indexOf(args[1]);
  const items = d.toArray();
  if (i < 0) i = Math.max(0, i + items.length);
  if (i > items.length) i = items.length;
  items.splice(i, 0, args[2]);
  d.setAll(items);
  return None;
});
defMethod(dequeType, "remove", (args) => {
  const d = D(args[0]);
  for (let i = 0; i < d.len; i++) {
    const v = d.at(i);
    if (v === args[1] || eq(v, args[1])) {
      const items = d.toArray();
      items.splice(i, 1);
      d.setAll(items);
      return None;
    }
  }
  raise("ValueError", `${reprOf(args[1])} is not in deque`);
});
defMethod(dequeType, "reverse", (args) => {
  const d = D(args[0]);
  d.setAll(d.toArray().reverse());
  return None;
});
defMethod(dequeType, "rotate", (args) => {
  const d = D(args[0]);
  const n = args.length > 1 ? asInt(args[1]) : 1;
  if (n === undefined) raise("TypeError", `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`);
  rotate(d, Number(n));
  d.state++;
  return None;
});
defMethod(dequeType, "__len__", (args) => D(args[0]).len);
defMethod(dequeType, "__bool__", (args) => D(args[0]).len > 0);
defMethod(dequeType, "__iter__", (args) => new DequeIter(D(args[0]), false));
defMethod(dequeType, "__reversed__", (args) => new DequeIter(D(args[0]), true));
defMethod(dequeType, "__getitem__", (args) => {
  const d = D(args[0]);
  return d.at(normIndex(d, args[1]));
});
defMethod(dequeType, "__setitem__", (args) => {
  const d = D(args[0]);
  d.setAt(normIndex(d, args[1]), args[2]);
  return None;
});
defMethod(dequeType, "__delitem__", (args) => {
  const d = D(args[0]);
  const i = normIndex(d, args[1]);
  const items = d.toArray();
  items.splice(i, 1);
  d.setAll(items);
  return None;
});
defMethod(dequeType, "__contains__", (args) => {
  const d = D(args[0]);
  const st = d.state;
  for (let i = 0; i < d.len; i++) {
    const v = d.at(i);
    if (v === args[1] || eq(v, args[1])) return true;
    if (d.state !== st) raise("RuntimeError", "deque mutated during iteration");
  }
  return false;
});
for (const [n, op] of [["__lt__", 0], ["__le__", 1], ["__eq__", 2], ["__ne__", 3], ["__gt__", 4], ["__ge__", 5]] as const) {
  defMethod(dequeType, n, (args) => {
    const o = args[1];
    if (!(o instanceof PyDeque)) return NotImplemented;
    return seqCompare(D(args[0]).toArray(), o.toArray(), op);
  });
}
dequeType.ns.set("__hash__", None);
defMethod(dequeType, "__add__", (args) => {
  const d = D(args[0]);
  const o = args[1];
  if (!(o instanceof PyDeque)) raise("TypeError", `can only concatenate deque (not "${typeOf(o).name}") to deque`);
  const c = copyOf(d);
  extend(c, o, false);
  return c;
});
defMethod(dequeType, "__iadd__", (args) => {
  extend(D(args[0]), args[1], false);
  return args[0];
});
function repeat(d: PyDeque, n: number): PyValue[] {
  const items = d.toArray();
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) for (const v of items) out.push(v);
  return out;
}
defMethod(dequeType, "__mul__", (args) => {
  const n = asInt(args[1]);
  if (n === undefined) return NotImplemented;
  const d = D(args[0]);
  const c = new PyDeque(d.cls);
  c.maxlen = d.maxlen;
  for (const v of repeat(d, Math.max(0, Number(n)))) c.push(v);
  return c;
});
defMethod(dequeType, "__rmul__", (args) => {
  const n = asInt(args[1]);
  if (n === undefined) return NotImplemented;
  const d = D(args[0]);
  const c = new PyDeque(d.cls);
  c.maxlen = d.maxlen;
  for (const v of repeat(d, Math.max(0, Number(n)))) c.push(v);
  return c;
});
defMethod(dequeType, "__imul__", (args) => {
  const n = asInt(args[1]);
  if (n === undefined) return NotImplemented;
  const d = D(args[0]);
  const items = repeat(d, Math.max(0, Number(n)));
  d.setAll([]);
  for (const v of items) d.push(v);
  return d;
});
defMethod(dequeType, "__repr__", (args) => {
  const d = D(args[0]);
  const name = d.cls === dequeType ? "deque" : d.cls.name;
  const body = reprItems(d, d.toArray(), "[", "]", "[...]");
  if (body === "[...]") return "[...]";
  return d.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`;
});
defMethod(dequeType, "__reduce__", (args) => {
  const d = D(args[0]);
  return newTuple([d.cls, newTuple([new PyList(d.toArray()), d.maxlen === null ? None : d.maxlen])]);
});

function createCollectionsC(): PyModule {
  const m = new PyModule("_collections");
  m.set("deque", dequeType);
  return m;
}
builtinModules.set("_collections", createCollectionsC);
void toArray;
void PyTuple;
void PyBuiltin;
