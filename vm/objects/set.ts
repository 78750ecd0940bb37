// set and frozenset, laid out exactly like CPython's setobject.c so iteration order matches
// CPython for keys with deterministic hashes (ints, floats, tuples of those).
import { PyObject, PyType, makeBuiltinType, NotImplemented, None, typeOf, type PyValue } from "./object.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
import { PyDict } from "./dict.js";
import { defMethod, PyBuiltin } from "./function.js";
import { raise } from "../raise.js";
import { hash, eq, getIter, iterNext, repr, normBig } from "../ops.js";
import { guardRepr } from "./sequence.js";
import { newException } from "./exception.js";

/** `set`. */
export const setType: PyType = makeBuiltinType("set", undefined, (cls) => new PySet(cls));
/** `frozenset`. */
export const frozensetType: PyType = makeBuiltinType("frozenset", undefined, (cls) => new PySet(cls));
const setIterType = makeIteratorType("set_iterator");

const DUMMY = Symbol("dummy");
type Slot = PyValue | null | typeof DUMMY;
const LINEAR_PROBES = 9;
const MINSIZE = 8;

function lo32(h: number | bigint): number {
  if (typeof h === "number" && h >= 0) return h % 4294967296;
  return Number(BigInt.asUintN(32, BigInt(h)));
}

function hi32(h: number | bigint): number {
  if (typeof h === "number" && h >= 0) return Math.floor(h / 4294967296);
  return Number(BigInt.asUintN(64, BigInt(h)) >> 32n);
}

/** A set or frozenset (the type decides mutability). */
export class PySet extends PyObject {
  keys: Slot[];
  hashes: (number | bigint)[];
  mask: number;
  fill = 0;
  used = 0;
  finger = 0;
  constructor(cls: PyType = setType) {
    super(cls);
    this.keys = new Array<Slot>(MINSIZE).fill(null);
    this.hashes = new Array<number | bigint>(MINSIZE).fill(0);
    this.mask = MINSIZE - 1;
  }

  /** Slot holding `key`, or -1. */
  find(key: PyValue, h: number | bigint = hash(key)): number {
    const mask = this.mask;
    let plo = lo32(h), phi = hi32(h);
    let i = plo & mask;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === null) return -1;
        if (k !== DUMMY && this.hashes[j] === h && (k === key || eq(k, key))) return j;
        j++;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi = phi >>> 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  /** True if `key` is a member. */
  has(key: PyValue): boolean {
    return this.find(key) >= 0;
  }

  /** Adds `key` (set_add_entry). */
  add(key: PyValue, h: number | bigint = hash(key)): void {
    const mask = this.mask;
    let plo = lo32(h), phi = hi32(h);
    let i = plo & mask;
    let freeslot = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = this.keys[j];
        if (k === null) {
          if (freeslot >= 0) {
            this.used++;
            this.keys[freeslot] = key;
            this.hashes[freeslot] = h;
            return;
          }
          this.fill++;
          this.used++;
          this.keys[j] = key;
          this.hashes[j] = h;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (k === DUMMY) {
          if (freeslot < 0) freeslot = j;
        } else if (this.hashes[j] === h && (k === key || eq(k, key))) return;
        j++;
      } while (probes-- > 0);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi = phi >>> 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  private insertClean(keys: Slot[], hashes: (number | bigint)[], mask: number, key: PyValue, h: number | bigint): void {
    let plo = lo32(h), phi = hi32(h);
    let i = plo & mask;
    for (;;) {
      if (keys[i] === null) {
        keys[i] = key;
        hashes[i] = h;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === null) {
            keys[i + j] = key;
            hashes[i + j] = h;
            return;
          }
        }
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi = phi >>> 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  /** set_table_resize. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const oldKeys = this.keys, oldHashes = this.hashes;
    const keys = new Array<Slot>(size).fill(null);
    const hashes = new Array<number | bigint>(size).fill(0);
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== null && k !== DUMMY) this.insertClean(keys, hashes, size - 1, k, oldHashes[j]);
    }
    this.keys = keys;
    this.hashes = hashes;
    this.mask = size - 1;
    this.fill = this.used;
  }

  /** Removes `key`; returns whether it was present. */
  discard(key: PyValue): boolean {
    const j = this.find(key);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    return true;
  }

  /** Members in table order. */
  items(): PyValue[] {
    const out: PyValue[] = [];
    for (const k of this.keys) if (k !== null && k !== DUMMY) out.push(k);
    return out;
  }

  /** Members with their hashes, in table order. */
  entries(): [PyValue, number | bigint][] {
    const out: [PyValue, number | bigint][] = [];
    for (let j = 0; j < this.keys.length; j++) {
      const k = this.keys[j];
      if (k !== null && k !== DUMMY) out.push([k, this.hashes[j]]);
    }
    return out;
  }

  /** set_merge: adds every member of another set. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      for (const [k, h] of other.entries()) this.insertClean(this.keys, this.hashes, this.mask, k, h);
      this.fill = this.used = other.used;
      return;
    }
    for (const [k, h] of other.entries()) this.add(k, h);
  }

  /** set_update_internal: adds all of an iterable. */
  update(it: PyValue): void {
    if (it instanceof PySet) return this.merge(it);
    if (it instanceof PyDict && !it.cls.isHeap) {
      const n = it.size;
      if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
      for (const k of it.keyList()) this.add(k);
      return;
    }
    const iter = getIter(it);
    for (let x = iterNext(iter); x !== undefined; x = iterNext(iter)) this.add(x);
  }

  /** A new set of the same kind (or `cls`) with the same members. */
  copy(cls: PyType = this.cls.isHeap ? (this.cls.isSubtype(frozensetType) ? frozensetType : setType) : this.cls): PySet {
    const s = new PySet(cls);
    s.merge(this);
    return s;
  }
}

/** A new set of the given members. */
export function makeSet(items: PyValue[], cls: PyType = setType): PySet {
  const s = new PySet(cls);
  for (const x of items) s.add(x);
  return s;
}

/** A set built from any iterable (sets are copied). */
export function setFromIterable(v: PyValue, cls: PyType = setType): PySet {
  const s = new PySet(cls);
  s.update(v);
  return s;
}

class SetIterator extends PyIterator {
  private i = 0;
  private readonly size: number;
  constructor(private readonly s: PySet) {
    super(setIterType);
    this.size = s.used;
  }
  override next(): PyValue | undefined {
    const s = this.s;
    if (s.used !== this.size) {
      this.i = s.keys.length;
      raise("RuntimeError", "Set changed size during iteration");
    }
    const keys = s.keys;
    while (this.i < keys.length) {
      const k = keys[this.i++];
      if (k !== null && k !== DUMMY) return k;
    }
    return undefined;
  }
}

function St(v: PyValue): PySet {
  if (!(v instanceof PySet)) raise("TypeError", `descriptor requires a 'set' object but received a '${typeOf(v).name}'`);
  return v;
}

function isFrozen(s: PySet): boolean {
  return s.cls.isSubtype(frozensetType);
}

/** Key for membership tests: an unhashable set argument is looked up as a frozenset. */
function memberKey(v: PyValue): PyValue {
  if (v instanceof PySet && !isFrozen(v)) return v.copy(frozensetType);
  return v;
}

function resultType(s: PySet): PyType {
  return isFrozen(s) ? frozensetType : setType;
}

function intersection(a: PySet, other: PyValue): PySet {
  const r = new PySet(resultType(a));
  if (other instanceof PySet) {
    let small = a, large = other;
    if (other.used > a.used) {
      small = a;
      large = other;
    } else {
      small = other;
      large = a;
    }
    for (const [k, h] of small.entries()) if (large.find(k, h) >= 0) r.add(k, h);
    return r;
  }
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    const h = hash(x);
    if (a.find(x, h) >= 0) r.add(x, h);
  }
  return r;
}

function difference(a: PySet, other: PyValue): PySet {
  if (!(other instanceof PySet) && !(other instanceof PyDict)) other = setFromIterable(other);
  const o = other as PySet | PyDict;
  const osize = o instanceof PySet ? o.used : o.size;
  if ((a.used >> 2) > osize) {
    const r = a.copy(resultType(a));
    for (const k of o instanceof PySet ? o.items() : o.keyList()) r.discard(k);
    return r;
  }
  const r = new PySet(resultType(a));
  for (const [k, h] of a.entries()) {
    const inOther = o instanceof PySet ? o.find(k, h) >= 0 : o.has(k);
    if (!inOther) r.add(k, h);
  }
  return r;
}

function symmetricUpdate(r: PySet, other: PyValue): void {
  const o = other instanceof PySet ? other : setFromIterable(other);
  for (const [k, h] of o.entries()) {
    if (!r.discard(k)) r.add(k, h);
  }
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.used > b.used) return false;
  for (const [k, h] of a.entries()) if (b.find(k, h) < 0) return false;
  return true;
}

function shuffle(h: bigint): bigint {
  return BigInt.asUintN(64, ((h ^ 89869747n) ^ (h << 16n)) * 3644798167n);
}

function frozensetHash(s: PySet): number | bigint {
  let h = 0n;
  for (const [, kh] of s.entries()) h ^= shuffle(BigInt.asUintN(64, BigInt(kh)));
  h ^= BigInt.asUintN(64, (BigInt(s.used) + 1n) * 1927868237n);
  h ^= (h >> 11n) ^ (h >> 25n);
  h = BigInt.asUintN(64, h * 69069n + 907133923n);
  let r = BigInt.asIntN(64, h);
  if (r === -1n) r = 590923713n;
  return normBig(r);
}

function coerceSet(v: PyValue): PySet | undefined {
  return v instanceof PySet ? v : undefined;
}

for (const t of [setType, frozensetType]) {
  const frozen = t === frozensetType;
  t.ns.set("__new__", new PyBuiltin("__new__", (args) => {
    const cls = args[0] as PyType;
    const s = new PySet(cls);
    if (frozen && args.length > 1) {
      if (args[1] instanceof PySet && args[1].cls === frozensetType && cls === frozensetType) return args[1];
      s.update(args[1]);
    }
    if (cls.hasInstanceDict) s.dict = new PyDict();
    return s;
  }));
  if (!frozen) {
    defMethod(t, "__init__", (args) => {
      const s = St(args[0]);
      if (args.length > 2) raise("TypeError", `set expected at most 1 argument, got ${args.length - 1}`);
      if (args.length > 1) {
        const fresh = new PySet(s.cls);
        fresh.update(args[1]);
        s.keys = fresh.keys;
        s.hashes = fresh.hashes;
        s.mask = fresh.mask;
        s.fill = fresh.fill;
        s.used = fresh.used;
      }
      return None;
    });
  }
  defMethod(t, "__len__", (args) => St(args[0]).used);
  defMethod(t, "__contains__", (args) => St(args[0]).has(memberKey(args[1])));
  defMethod(t, "__iter__", (args) => new SetIterator(St(args[0])));
  defMethod(t, "__repr__", (args) => {
    const s = St(args[0]);
    const name = s.cls.name;
    if (s.used === 0) return `${name}()`;
    return guardRepr(s, `${name}(...)`, () => {
      const body = `{${s.items().map(repr).join(", ")}}`;
      return s.cls === setType ? body : `${name}(${body})`;
    });
  });
  const binop = (name: string, f: (a: PySet, b: PySet) => PyValue): void => {
    defMethod(t, name, (args) => {
      const b = coerceSet(args[1]);
      if (b === undefined) return NotImplemented;
      return f(St(args[0]), b);
    });
  };
  binop("__and__", (a, b) => intersection(a, b));
  binop("__rand__", (a, b) => intersection(b, a));
  binop("__or__", (a, b) => {
    const r = a.copy(resultType(a));
    r.update(b);
    return r;
  });
  binop("__ror__", (a, b) => {
    const r = b.copy(resultType(b));
    r.update(a);
    return r;
  });
  binop("__sub__", (a, b) => difference(a, b));
  binop("__rsub__", (a, b) => difference(b, a));
  binop("__xor__", (a, b) => {
    const r = a.copy(resultType(a));
    symmetricUpdate(r, b);
    return r;
  });
  binop("__rxor__", (a, b) => {
    const r = b.copy(resultType(b));
    symmetricUpdate(r, a);
    return r;
  });
  binop("__le__", (a, b) => isSubset(a, b));
  binop("__lt__", (a, b) => a.used < b.used && isSubset(a, b));
  binop("__ge__", (a, b) => isSubset(b, a));
  binop("__gt__", (a, b) => b.used < a.used && isSubset(b, a));
  binop("__eq__", (a, b) => a.used === b.used && isSubset(a, b));
  binop("__ne__", (a, b) => !(a.used === b.used && isSubset(a, b)));
  defMethod(t, "union", (args) => {
    const r = St(args[0]).copy(resultType(St(args[0])));
    for (const o of args.slice(1)) r.update(o);
    return r;
  });
  defMethod(t, "intersection", (args) => {
    let r = St(args[0]);
    if (args.length === 1) return r.copy(resultType(r));
    for (const o of args.slice(1)) r = intersection(r, o);
    return r;
  });
  defMethod(t, "difference", (args) => {
    let r = St(args[0]);
    if (args.length === 1) return r.copy(resultType(r));
    for (const o of args.slice(1)) r = difference(r, o);
    return r;
  });
  defMethod(t, "symmetric_difference", (args) => {
    const r = St(args[0]).copy(resultType(St(args[0])));
    symmetricUpdate(r, args[1]);
    return r;
  });
  defMethod(t, "issubset", (args) => isSubset(St(args[0]), coerceSet(args[1]) ?? setFromIterable(args[1])));
  defMethod(t, "issuperset", (args) => isSubset(coerceSet(args[1]) ?? setFromIterable(args[1]), St(args[0])));
  defMethod(t, "isdisjoint", (args) => {
    const a = St(args[0]);
    const it = getIter(args[1]);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (a.has(x)) return false;
    return true;
  });
  defMethod(t, "copy", (args) => {
    const s = St(args[0]);
    return frozen && s.cls === frozensetType ? s : s.copy(resultType(s));
  });
  if (frozen) defMethod(t, "__hash__", (args) => frozensetHash(St(args[0])));
  else t.ns.set("__hash__", None);
}

function mutable(v: PyValue): PySet {
  return St(v);
}
defMethod(setType, "add", (args) => {
  mutable(args[0]).add(args[1]);
  return None;
});
defMethod(setType, "discard", (args) => {
  mutable(args[0]).discard(memberKey(args[1]));
  return None;
});
defMethod(setType, "remove", (args) => {
  if (!mutable(args[0]).discard(memberKey(args[1]))) throw newException("KeyError", args[1]);
  return None;
});
defMethod(setType, "pop", (args) => {
  const s = mutable(args[0]);
  if (s.used === 0) raise("KeyError", "pop from an empty set");
  let j = s.finger & s.mask;
  while (s.keys[j] === null || s.keys[j] === DUMMY) {
    j++;
    if (j > s.mask) j = 0;
  }
  const k = s.keys[j] as PyValue;
  s.keys[j] = DUMMY;
  s.hashes[j] = -1;
  s.used--;
  s.finger = j + 1;
  return k;
});
defMethod(setType, "clear", (args) => {
  const s = mutable(args[0]);
  s.keys = new Array<Slot>(MINSIZE).fill(null);
  s.hashes = new Array<number | bigint>(MINSIZE).fill(0);
  s.mask = MINSIZE - 1;
  s.fill = s.used = 0;
  return None;
});
defMethod(setType, "update", (args) => {
  const s = mutable(args[0]);
  for (const o of args.slice(1)) s.update(o);
  return None;
});
function replaceContents(s: PySet, r: PySet): void {
  s.keys = r.keys;
  s.hashes = r.hashes;
  s.mask = r.mask;
  s.fill = r.fill;
  s.used = r.used;
}
defMethod(setType, "intersection_update", (args) => {
  const s = mutable(args[0]);
  let r = s;
  for (const o of args.slice(1)) r = intersection(r, o);
  if (r !== s) replaceContents(s, r.copy(setType));
  return None;
});
defMethod(setType, "difference_update", (args) => {
  const s = mutable(args[0]);
  for (const o of args.slice(1)) {
    if (o === s) {
      replaceContents(s, new PySet());
      continue;
    }
    const it = getIter(o);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) s.discard(x);
  }
  return None;
});
defMethod(setType, "symmetric_difference_update", (args) => {
  const s = mutable(args[0]);
  if (args[1] === s) replaceContents(s, new PySet());
  else symmetricUpdate(s, args[1]);
  return None;
});
const inplace = (name: string, f: (s: PySet, o: PySet) => void): void => {
  defMethod(setType, name, (args) => {
    const o = coerceSet(args[1]);
    if (o === undefined) return NotImplemented;
    f(mutable(args[0]), o);
    return args[0];
  });
};
inplace("__ior__", (s, o) => s.update(o));
inplace("__iand__", (s, o) => replaceContents(s, intersection(s, o).copy(setType)));
inplace("__isub__", (s, o) => {
  if (o === s) replaceContents(s, new PySet());
  else for (const k of o.items()) s.discard(k);
});
inplace("__ixor__", (s, o) => {
  if (o === s) replaceContents(s, new PySet());
  else symmetricUpdate(s, o);
});
