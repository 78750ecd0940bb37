// set and frozenset, a port of CPython 3.11's Objects/setobject.c: the same open-addressing
// table, probe sequence, growth rule and per-operation insertion order, so iteration order
// matches CPython for elements with deterministic hashes (ints, floats, tuples of those).
import { PyObject, PyType, makeBuiltinType, NotImplemented, None, typeOf, type PyValue } from "./object.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
import { PyDict, dictType } from "./dict.js";
import { defMethod, PyBuiltin } from "./function.js";
import { PyException, newException } from "./exception.js";
import { raise } from "../raise.js";
import { hash, eq, getIter, iterNext, repr, normBig, allocInstance } from "../ops.js";
import { PyTuple } from "./tuple.js";
import { PyList } from "./list.js";
import { guardRepr } from "./sequence.js";

/** `set`. */
export const setType: PyType = makeBuiltinType("set", undefined, (cls) => new PySet(cls));
/** `frozenset`. */
export const frozensetType: PyType = makeBuiltinType("frozenset", undefined, (cls) => new PySet(cls));
const setIterType = makeIteratorType("set_iterator");

/** A Python hash value (CPython's Py_hash_t). */
type Hash = number | bigint;
const DUMMY: unique symbol = Symbol("dummy");
/** A table slot: a key, `null` (never used) or DUMMY (deleted). */
type Slot = PyValue | null | typeof DUMMY;

const LINEAR_PROBES = 9;
const MINSIZE = 8;
const PERTURB_SHIFT = 5;

/** Low 32 bits of the 64-bit two's complement hash. */
function lo32(h: Hash): number {
  return typeof h === "number" ? h >>> 0 : Number(BigInt.asUintN(32, h));
}

/** High 32 bits of the 64-bit two's complement hash. */
function hi32(h: Hash): number {
  return typeof h === "number" ? Math.floor(h / 4294967296) >>> 0 : Number(BigInt.asUintN(32, h >> 32n));
}

/** Probe state: CPython's `perturb` (a size_t) split into two uint32 halves. */
let pLo = 0;
let pHi = 0;

/** `perturb >>= PERTURB_SHIFT; i = (i * 5 + 1 + perturb) & mask`. */
function nextProbe(i: number, mask: number): number {
  pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
  pHi = pHi >>> PERTURB_SHIFT;
  return (i * 5 + 1 + pLo) & mask;
}

/** set_insert_clean: inserts into a table known to hold no dummies and not this key. */
function insertClean(keys: Slot[], hashes: Hash[], mask: number, key: PyValue, h: Hash): void {
  pLo = lo32(h);
  pHi = hi32(h);
  let i = pLo & mask;
  for (;;) {
    if (keys[i] === null) {
      keys[i] = key;
      hashes[i] = h;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
        if (keys[j] === null) {
          keys[j] = key;
          hashes[j] = h;
          return;
        }
      }
    }
    i = nextProbe(i, mask);
  }
}

/** A set or frozenset (the type decides mutability). */
export class PySet extends PyObject {
  /** The hash table: keys, `null` for never-used slots, DUMMY for deleted ones. */
  keys: Slot[];
  /** Hashes parallel to `keys`. */
  hashes: Hash[];
  /** Table size - 1. */
  mask: number;
  /** Active plus dummy slots. */
  fill: number;
  /** Active slots (the length). */
  used: number;
  /** Where `pop()` starts searching. */
  finger: number;
  /** Cached frozenset hash. */
  hashCache: Hash | null;

  constructor(cls: PyType = setType) {
    super(cls);
    this.keys = [null, null, null, null, null, null, null, null];
    this.hashes = [0, 0, 0, 0, 0, 0, 0, 0];
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
    this.hashCache = null;
  }

  /** set_lookkey: the slot holding `key`, or -1. */
  find(key: PyValue, h: Hash = hash(key)): number {
    for (;;) {
      const keys = this.keys;
      const mask = this.mask;
      pLo = lo32(h);
      pHi = hi32(h);
      let i = pLo & mask;
      let restart = false;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = keys[j];
          if (k === null) return -1;
          if (k !== DUMMY && this.hashes[j] === h) {
            if (k === key) return j;
            const savedLo = pLo, savedHi = pHi;
            const same = eq(k, key);
            if (this.keys !== keys || keys[j] !== k) {
              restart = true;
              break;
            }
            if (same) return j;
            pLo = savedLo;
            pHi = savedHi;
          }
          j++;
        } while (probes-- > 0);
        if (restart) break;
        i = nextProbe(i, mask);
      }
    }
  }

  /** True if `key` is a member (raises TypeError for unhashable keys). */
  has(key: PyValue): boolean {
    return this.find(key) >= 0;
  }

  /** set_add_entry: adds `key` with its hash. */
  add(key: PyValue, h: Hash = hash(key)): void {
    restart: for (;;) {
      const keys = this.keys;
      const mask = this.mask;
      pLo = lo32(h);
      pHi = hi32(h);
      let i = pLo & mask;
      let freeslot = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        do {
          const k = keys[j];
          if (k === null) {
            this.hashCache = null;
            if (freeslot >= 0) {
              this.used++;
              keys[freeslot] = key;
              this.hashes[freeslot] = h;
              return;
            }
            this.fill++;
            this.used++;
            keys[j] = key;
            this.hashes[j] = h;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (k === DUMMY) {
            freeslot = j;
          } else if (this.hashes[j] === h) {
            if (k === key) return;
            const savedLo = pLo, savedHi = pHi;
            const same = eq(k, key);
            if (same) return;
            if (this.keys !== keys || keys[j] !== k) continue restart;
            pLo = savedLo;
            pHi = savedHi;
          }
          j++;
        } while (probes-- > 0);
        i = nextProbe(i, mask);
      }
    }
  }

  /** set_table_resize: rebuilds the table with the smallest power of two > `minused`. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const oldKeys = this.keys, oldHashes = this.hashes;
    const keys = new Array<Slot>(size).fill(null);
    const hashes = new Array<Hash>(size).fill(0);
    const mask = size - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== null && k !== DUMMY) insertClean(keys, hashes, mask, k, oldHashes[j]);
    }
    this.keys = keys;
    this.hashes = hashes;
    this.mask = mask;
    this.fill = this.used;
  }

  /** set_discard_entry: removes `key`; returns whether it was present. */
  discard(key: PyValue, h: Hash = hash(key)): boolean {
    const j = this.find(key, h);
    if (j < 0) return false;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    this.hashCache = null;
    return true;
  }

  /** set_clear_internal: back to an empty 8-slot table. */
  clear(): void {
    this.keys = [null, null, null, null, null, null, null, null];
    this.hashes = [0, 0, 0, 0, 0, 0, 0, 0];
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.hashCache = null;
  }

  /** set_swap_bodies: exchanges the tables of two sets. */
  swapBodies(other: PySet): void {
    const { keys, hashes, mask, fill, used, hashCache } = this;
    this.keys = other.keys;
    this.hashes = other.hashes;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
    this.hashCache = other.hashCache;
    other.keys = keys;
    other.hashes = hashes;
    other.mask = mask;
    other.fill = fill;
    other.used = used;
    other.hashCache = hashCache;
  }

  /** Members in table order (a snapshot). */
  items(): PyValue[] {
    const out: PyValue[] = [];
    const keys = this.keys;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== null && k !== DUMMY) out.push(k);
    }
    return out;
  }

  /** Members with their hashes, in table order (a snapshot). */
  entries(): [PyValue, Hash][] {
    const out: [PyValue, Hash][] = [];
    const keys = this.keys;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== null && k !== DUMMY) out.push([k, this.hashes[j]]);
    }
    return out;
  }

  /** set_merge: adds every member of another set, in its table order. */
  merge(other: PySet): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    const okeys = other.keys, ohashes = other.hashes;
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      const keys = this.keys, hashes = this.hashes;
      for (let j = 0; j <= other.mask; j++) {
        const k = okeys[j];
        if (k !== null) {
          keys[j] = k;
          hashes[j] = ohashes[j];
        }
      }
      this.fill = other.fill;
      this.used = other.used;
      this.hashCache = null;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      this.hashCache = null;
      for (let j = 0; j <= other.mask; j++) {
        const k = okeys[j];
        if (k !== null && k !== DUMMY) insertClean(this.keys, this.hashes, this.mask, k, ohashes[j]);
      }
      return;
    }
    for (const [k, h] of other.entries()) this.add(k, h);
  }

  /** set_update_internal: adds all of an iterable (sets merge, exact dicts use their order). */
  update(it: PyValue): void {
    if (it instanceof PySet) return this.merge(it);
    if (it instanceof PyDict && it.cls === dictType) {
      const n = it.size;
      if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
      for (const k of it.keyList()) this.add(k);
      return;
    }
    const iter = getIter(it);
    for (let x = iterNext(iter); x !== undefined; x = iterNext(iter)) this.add(x);
  }

  /** True for frozensets (and their subclasses). */
  get frozen(): boolean {
    return this.cls === frozensetType || (this.cls !== setType && this.cls.isSubtype(frozensetType));
  }

  /** set_copy: a new set of the base type (set or frozenset) with the same members. */
  copy(cls: PyType = baseType(this)): PySet {
    const s = new PySet(cls);
    s.merge(this);
    return s;
  }
}

/** make_new_set_basetype: `set` or `frozenset` for a (sub)class instance. */
function baseType(s: PySet): PyType {
  const c = s.cls;
  if (c === setType || c === frozensetType) return c;
  return c.isSubtype(setType) ? setType : frozensetType;
}

/** A new set of the given members, added in order (BUILD_SET). */
export function makeSet(items: PyValue[], cls: PyType = setType): PySet {
  const s = new PySet(cls);
  for (let i = 0; i < items.length; i++) s.add(items[i]);
  return s;
}

/** A set built from any iterable (CPython's make_new_set). */
export function setFromIterable(v: PyValue, cls: PyType = setType): PySet {
  const s = new PySet(cls);
  s.update(v);
  return s;
}

/**
 * A frozenset constant built the way CPython's compiler builds one for a constant set
 * display (`{1, 2, 3}`, `x in {1, 2}`, `for x in {1, 2}`): the AST optimiser makes a
 * frozenset from the tuple of elements, then the constant merger rebuilds it from that
 * frozenset's table order. The double build decides the iteration order users see.
 */
export function frozensetConstant(items: PyValue[]): PySet {
  const first = makeSet(items, frozensetType);
  return makeSet(first.items(), frozensetType);
}

// ----------------------------------------------------------------------------- operations

function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

/** PySet_Check: a mutable set (or subclass), not a frozenset. */
function isMutableSet(v: PyValue): v is PySet {
  return v instanceof PySet && !v.frozen;
}

function isTypeError(e: unknown): boolean {
  return e instanceof PyException && e.cls.name === "TypeError" && !e.cls.isHeap;
}

/** set_contains: an unhashable set argument is looked up as a frozenset. */
function setContains(s: PySet, key: PyValue): boolean {
  try {
    return s.find(key) >= 0;
  } catch (e) {
    if (!isMutableSet(key) || !isTypeError(e)) throw e;
    return s.find(setFromIterable(key, frozensetType)) >= 0;
  }
}

/** set_discard_key with the frozenset retry of set.discard/set.remove. */
function setDiscardKey(s: PySet, key: PyValue): boolean {
  try {
    return s.discard(key);
  } catch (e) {
    if (!isMutableSet(key) || !isTypeError(e)) throw e;
    return s.discard(setFromIterable(key, frozensetType));
  }
}

/** set_intersection. */
function intersection(so: PySet, other: PyValue): PySet {
  if (so === other) return so.copy();
  const result = new PySet(baseType(so));
  if (isAnySet(other)) {
    let big = so, small = other;
    if (other.used > so.used) {
      big = other;
      small = so;
    }
    for (const [k, h] of small.entries()) if (big.find(k, h) >= 0) result.add(k, h);
    return result;
  }
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    const h = hash(x);
    if (so.find(x, h) >= 0) {
      result.add(x, h);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

/** set_intersection_multi. */
function intersectionMulti(so: PySet, others: PyValue[]): PySet {
  if (others.length === 0) return so.copy();
  let result = so;
  for (const o of others) result = intersection(result, o);
  return result;
}

/** set_difference_update_internal. */
function differenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (isAnySet(other)) {
    const o = (other.used >> 3) > so.used ? intersection(so, other) : other;
    for (const [k, h] of o.entries()) so.discard(k, h);
  } else {
    const it = getIter(other);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) so.discard(x);
  }
  // If more than 1/4th are dummies, resize them away.
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** set_copy_and_difference. */
function copyAndDifference(so: PySet, other: PyValue): PySet {
  const r = so.copy();
  differenceUpdate(r, other);
  return r;
}

/** set_difference. */
function difference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  const isDict = other instanceof PyDict && other.cls === dictType;
  if (isAnySet(other)) otherSize = other.used;
  else if (isDict) otherSize = (other as PyDict).size;
  else return copyAndDifference(so, other);
  if ((so.used >> 2) > otherSize) return copyAndDifference(so, other);
  const result = new PySet(baseType(so));
  for (const [k, h] of so.entries()) {
    const inOther = isDict ? (other as PyDict).has(k) : (other as PySet).find(k, h) >= 0;
    if (!inOther) result.add(k, h);
  }
  return result;
}

/** set_difference_multi. */
function differenceMulti(so: PySet, others: PyValue[]): PySet {
  if (others.length === 0) return so.copy();
  const result = difference(so, others[0]);
  for (let i = 1; i < others.length; i++) differenceUpdate(result, others[i]);
  return result;
}

/** set_symmetric_difference_update. */
function symmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  if (so === other) {
    so.clear();
    return;
  }
  if (other instanceof PyDict && other.cls === dictType) {
    for (const k of other.keyList()) {
      const h = hash(k);
      if (!so.discard(k, h)) so.add(k, h);
    }
    return;
  }
  const o = isAnySet(other) ? other : setFromIterable(other, baseType(so));
  for (const [k, h] of o.entries()) {
    if (!so.discard(k, h)) so.add(k, h);
  }
}

/** set_symmetric_difference: a copy of `other`, then xor-ed with `so`. */
function symmetricDifference(so: PySet, other: PyValue): PySet {
  const r = setFromIterable(other, baseType(so));
  symmetricDifferenceUpdate(r, so);
  return r;
}

/** set_union / set_or: a copy of `so` updated with each other iterable. */
function union(so: PySet, others: PyValue[]): PySet {
  const r = so.copy();
  for (const o of others) {
    if (o === so) continue;
    r.update(o);
  }
  return r;
}

/** set_issubset. */
function isSubset(so: PySet, other: PyValue): boolean {
  if (!isAnySet(other)) return intersection(so, other).used === so.used;
  if (so.used > other.used) return false;
  for (const [k, h] of so.entries()) if (other.find(k, h) < 0) return false;
  return true;
}

/** set_issuperset. */
function isSuperset(so: PySet, other: PyValue): boolean {
  if (isAnySet(other)) return isSubset(other, so);
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (!so.has(x)) return false;
  return true;
}

/** set_isdisjoint. */
function isDisjoint(so: PySet, other: PyValue): boolean {
  if (so === other) return so.used === 0;
  if (isAnySet(other) && (other.cls === setType || other.cls === frozensetType)) {
    let big = so, small: PySet = other;
    if (other.used > so.used) {
      big = other;
      small = so;
    }
    for (const [k, h] of small.entries()) if (big.find(k, h) >= 0) return false;
    return true;
  }
  const it = getIter(other);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (so.has(x)) return false;
  return true;
}

function setsEqual(a: PySet, b: PySet): boolean {
  if (a.used !== b.used) return false;
  if (a.hashCache !== null && b.hashCache !== null && a.hashCache !== b.hashCache) return false;
  return isSubset(a, b);
}

function shuffleBits(h: bigint): bigint {
  return BigInt.asUintN(64, ((h ^ 89869747n) ^ (h << 16n)) * 3644798167n);
}

/** frozenset_hash: order-independent, so deterministic for int/float/tuple members. */
export function frozensetHash(s: PySet): Hash {
  if (s.hashCache !== null) return s.hashCache;
  let h = 0n;
  const keys = s.keys;
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j];
    if (k !== null && k !== DUMMY) h ^= shuffleBits(BigInt.asUintN(64, BigInt(s.hashes[j])));
  }
  h ^= BigInt.asUintN(64, (BigInt(s.used) + 1n) * 1927868237n);
  h ^= (h >> 11n) ^ (h >> 25n);
  h = BigInt.asUintN(64, h * 69069n + 907133923n);
  let r = BigInt.asIntN(64, h);
  if (r === -1n) r = 590923713n;
  const out = normBig(r);
  s.hashCache = out;
  return out;
}

// ----------------------------------------------------------------------------- iterator

class SetIterator extends PyIterator {
  private pos = 0;
  private expectUsed: number;
  private s: PySet | null;
  constructor(s: PySet) {
    super(setIterType);
    this.s = s;
    this.expectUsed = s.used;
  }
  override next(): PyValue | undefined {
    const s = this.s;
    if (s === null) return undefined;
    if (s.used !== this.expectUsed) {
      this.expectUsed = -1;
      raise("RuntimeError", "Set changed size during iteration");
    }
    const keys = s.keys;
    let i = this.pos;
    while (i < keys.length) {
      const k = keys[i++];
      if (k !== null && k !== DUMMY) {
        this.pos = i;
        return k;
      }
    }
    this.pos = i;
    this.s = null;
    return undefined;
  }
  /** Items left (`__length_hint__`). */
  lengthHint(): number {
    const s = this.s;
    if (s === null || s.used !== this.expectUsed) return 0;
    let n = 0;
    for (let i = this.pos; i < s.keys.length; i++) {
      const k = s.keys[i];
      if (k !== null && k !== DUMMY) n++;
    }
    return n;
  }
}
defMethod(setIterType, "__length_hint__", (args) => (args[0] as SetIterator).lengthHint());

/** An iterator over a set's members in table order (used by `iter(s)`). */
export function setIterator(s: PySet): PyIterator {
  return new SetIterator(s);
}

// ----------------------------------------------------------------------------- methods

function noKw(name: string, kw: Map<string, PyValue> | null): void {
  if (kw !== null && kw.size > 0) raise("TypeError", `${name}() takes no keyword arguments`);
}

function oneArg(t: PyType, name: string, args: PyValue[]): PyValue {
  if (args.length !== 2) raise("TypeError", `${t.name}.${name}() takes exactly one argument (${args.length - 1} given)`);
  return args[1];
}

function self(v: PyValue): PySet {
  return v as PySet;
}

setType.ns.set("__new__", new PyBuiltin("__new__", (args, kw) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) raise("TypeError", cls === undefined ? "set.__new__(): not enough arguments" : `set.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtype(setType)) raise("TypeError", `set.__new__(${cls.name}): ${cls.name} is not a subtype of set`);
  if (cls === setType) noKw("set", kw);
  return allocInstance(cls);
}));
defMethod(setType, "__init__", (args, kw) => {
  const s = self(args[0]);
  noKw("set", kw);
  if (args.length > 2) raise("TypeError", `${s.cls.name} expected at most 1 argument, got ${args.length - 1}`);
  if (s.fill > 0) s.clear();
  if (args.length > 1) s.update(args[1]);
  return None;
});
frozensetType.ns.set("__new__", new PyBuiltin("__new__", (args, kw) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) raise("TypeError", cls === undefined ? "frozenset.__new__(): not enough arguments" : `frozenset.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtype(frozensetType)) raise("TypeError", `frozenset.__new__(${cls.name}): ${cls.name} is not a subtype of frozenset`);
  if (cls === frozensetType || cls.lookup("__init__") === objectInitOf()) noKw("frozenset", kw);
  if (args.length > 2) raise("TypeError", `${cls.name} expected at most 1 argument, got ${args.length - 1}`);
  const it = args.length > 1 ? args[1] : undefined;
  if (cls === frozensetType && it instanceof PySet && it.cls === frozensetType) return it;
  const s = allocInstance(cls) as PySet;
  if (it !== undefined) s.update(it);
  return s;
}));

let objInit: PyValue | undefined;
function objectInitOf(): PyValue | undefined {
  if (objInit === undefined) objInit = frozensetType.mro[frozensetType.mro.length - 1].ns.get("__init__");
  return objInit;
}

for (const t of [setType, frozensetType]) {
  defMethod(t, "__len__", (args) => self(args[0]).used);
  defMethod(t, "__contains__", (args) => setContains(self(args[0]), oneArg(t, "__contains__", args)));
  defMethod(t, "__iter__", (args) => new SetIterator(self(args[0])));
  defMethod(t, "__repr__", (args) => {
    const s = self(args[0]);
    const name = s.cls.name;
    return guardRepr(s, `${name}(...)`, () => {
      if (s.used === 0) return `${name}()`;
      const body = `{${s.items().map(repr).join(", ")}}`;
      return s.cls === setType ? body : `${name}(${body})`;
    });
  });
  // Binary operators: both operands must be sets or frozensets (CPython's nb_* slots).
  const binop = (name: string, reflected: boolean, f: (a: PySet, b: PySet) => PyValue): void => {
    defMethod(t, name, (args) => {
      const o = args[1];
      if (!isAnySet(o)) return NotImplemented;
      return reflected ? f(o, self(args[0])) : f(self(args[0]), o);
    });
  };
  for (const reflected of [false, true]) {
    const p = reflected ? "__r" : "__";
    binop(`${p}and__`, reflected, (a, b) => intersection(a, b));
    binop(`${p}or__`, reflected, (a, b) => union(a, [b]));
    binop(`${p}sub__`, reflected, (a, b) => difference(a, b));
    binop(`${p}xor__`, reflected, (a, b) => symmetricDifference(a, b));
  }
  binop("__le__", false, (a, b) => isSubset(a, b));
  binop("__lt__", false, (a, b) => a.used < b.used && isSubset(a, b));
  binop("__ge__", false, (a, b) => isSuperset(a, b));
  binop("__gt__", false, (a, b) => a.used > b.used && isSuperset(a, b));
  binop("__eq__", false, (a, b) => setsEqual(a, b));
  binop("__ne__", false, (a, b) => !setsEqual(a, b));
  defMethod(t, "union", (args) => union(self(args[0]), args.slice(1)));
  defMethod(t, "intersection", (args) => intersectionMulti(self(args[0]), args.slice(1)));
  defMethod(t, "difference", (args) => differenceMulti(self(args[0]), args.slice(1)));
  defMethod(t, "symmetric_difference", (args) => symmetricDifference(self(args[0]), oneArg(t, "symmetric_difference", args)));
  defMethod(t, "issubset", (args) => isSubset(self(args[0]), oneArg(t, "issubset", args)));
  defMethod(t, "issuperset", (args) => isSuperset(self(args[0]), oneArg(t, "issuperset", args)));
  defMethod(t, "isdisjoint", (args) => isDisjoint(self(args[0]), oneArg(t, "isdisjoint", args)));
  defMethod(t, "copy", (args) => {
    const s = self(args[0]);
    return s.cls === frozensetType ? s : s.copy();
  });
  defMethod(t, "__reduce__", (args) => {
    const s = self(args[0]);
    const d = s.dict !== null ? s.dict : None;
    return new PyTuple([s.cls, new PyTuple([new PyList(s.items())]), d]);
  });
  defMethod(t, "__sizeof__", (args) => 200 + 16 * (self(args[0]).mask + 1));
}
defMethod(frozensetType, "__hash__", (args) => frozensetHash(self(args[0])));
setType.ns.set("__hash__", None);

defMethod(setType, "add", (args) => {
  self(args[0]).add(oneArg(setType, "add", args));
  return None;
});
defMethod(setType, "discard", (args) => {
  setDiscardKey(self(args[0]), oneArg(setType, "discard", args));
  return None;
});
defMethod(setType, "remove", (args) => {
  const key = oneArg(setType, "remove", args);
  if (!setDiscardKey(self(args[0]), key)) throw newException("KeyError", key);
  return None;
});
defMethod(setType, "pop", (args) => {
  if (args.length !== 1) raise("TypeError", `set.pop() takes no arguments (${args.length - 1} given)`);
  const s = self(args[0]);
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
  self(args[0]).clear();
  return None;
});
defMethod(setType, "update", (args) => {
  const s = self(args[0]);
  for (let i = 1; i < args.length; i++) s.update(args[i]);
  return None;
});
defMethod(setType, "intersection_update", (args) => {
  const s = self(args[0]);
  const r = intersectionMulti(s, args.slice(1));
  if (r !== s) s.swapBodies(r);
  return None;
});
defMethod(setType, "difference_update", (args) => {
  const s = self(args[0]);
  for (let i = 1; i < args.length; i++) differenceUpdate(s, args[i]);
  return None;
});
defMethod(setType, "symmetric_difference_update", (args) => {
  symmetricDifferenceUpdate(self(args[0]), oneArg(setType, "symmetric_difference_update", args));
  return None;
});
const inplace = (name: string, f: (s: PySet, o: PySet) => void): void => {
  defMethod(setType, name, (args) => {
    const o = args[1];
    if (!isAnySet(o)) return NotImplemented;
    f(self(args[0]), o);
    return args[0];
  });
};
inplace("__ior__", (s, o) => s.update(o));
inplace("__iand__", (s, o) => s.swapBodies(intersection(s, o)));
inplace("__isub__", (s, o) => differenceUpdate(s, o));
inplace("__ixor__", (s, o) => symmetricDifferenceUpdate(s, o));

