// The Python dict: insertion-ordered storage with Python key equality (1 == 1.0 == True).
import { PyObject, PyType, makeBuiltinType, type PyValue } from "./object.js";
import { PyFloat } from "./float.js";
import { hash, eq } from "../ops.js";

/** `dict`. */
export const dictType: PyType = makeBuiltinType("dict", undefined, (cls) => new PyDict(cls));

/**
 * Keys that Python compares by value and JS Maps can compare natively are stored under a
 * normalised primitive: strs as themselves, ints/bools/integral floats as one number (or
 * bigint), other finite floats as their double. Everything else (tuples, user objects,
 * NaN) goes through Python hash + eq buckets.
 */
function primitiveKey(k: PyValue): string | number | bigint | undefined {
  switch (typeof k) {
    case "string":
    case "number":
    case "bigint":
      return k;
    case "boolean":
      return k ? 1 : 0;
    default:
      if (k instanceof PyFloat) {
        const v = k.value;
        if (v !== v) return undefined;
        if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
        return v === 0 ? 0 : v;
      }
      return k instanceof PyObject && k.cls.isHeap ? subclassKey(k) : undefined;
  }
}

/**
 * Instances of user subclasses of int and str that keep the builtin __hash__ and __eq__ hash
 * and compare like their value, so they share its primitive key (`{MyInt(1): x}[1]` works).
 */
export function subclassKey(k: PyObject): string | number | bigint | undefined {
  const v = (k as unknown as { value?: unknown }).value;
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "bigint") return undefined;
  const h = k.cls.lookup("__hash__") as { ownerType?: PyType } | undefined;
  const e = k.cls.lookup("__eq__") as { ownerType?: PyType } | undefined;
  if (h?.ownerType === undefined || h.ownerType.isHeap || e?.ownerType === undefined || e.ownerType.isHeap) return undefined;
  return v;
}

let watchHook: () => void = () => {};

/** Installs the function called when a watched dict is written (the JIT's global-change epoch). */
export function setDictWatchHook(h: () => void): void {
  watchHook = h;
}

/** A Python `dict`. */
export class PyDict extends PyObject {
  /** Keys in insertion order; `undefined` marks a deleted slot. */
  keys: (PyValue | undefined)[];
  /** Values, parallel to `keys`. */
  vals: (PyValue | undefined)[];
  /**
   * Normalised primitive key → slot; null while the dict is small and holds only str keys
   * (instance and class namespaces), which are then found by a linear scan: no Map per object.
   */
  private index: Map<string | number | bigint, number> | null;
  /** Python hash → slots, for keys without a primitive form. */
  private buckets: Map<number | bigint, number[]> | null;
  /** Number of live entries. */
  size: number;
  /** Changes whenever the key set changes (iterators detect mutation with it). */
  version: number;
  /** Compiled code baked in some of its values: every write tells the JIT (see {@link setDictWatchHook}). */
  watched: boolean;

  constructor(cls: PyType = dictType) {
    super(cls);
    this.keys = [];
    this.vals = [];
    this.index = null;
    this.buckets = null;
    this.size = 0;
    this.version = 0;
    this.watched = false;
  }

  /** Linear search of a str key in small mode. */
  private scan(k: string): number {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) if (keys[i] === k) return i;
    return -1;
  }

  /** Leaves small mode: builds the Map index. */
  private grow(): Map<string | number | bigint, number> {
    this.reindex();
    return this.index!;
  }

  private findSlot(k: PyValue): number {
    const p = primitiveKey(k);
    if (p !== undefined) {
      if (this.index === null) return typeof p === "string" ? this.scan(p) : -1;
      const s = this.index.get(p);
      return s === undefined ? -1 : s;
    }
    if (this.buckets === null) {
      hash(k); // unhashable keys must raise even on an empty dict
      return -1;
    }
    const slots = this.buckets.get(hash(k));
    if (slots === undefined) return -1;
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i];
      const other = this.keys[s];
      if (other === undefined) continue;
      if (other === k || eq(other, k)) return s;
    }
    return -1;
  }

  /** Slot index of a str key, or -1 (inline caches read `vals[slot]` while `version` is unchanged). */
  slotOf(k: string): number {
    if (this.index === null) return this.scan(k);
    const s = this.index.get(k);
    return s === undefined ? -1 : s;
  }

  /** Value for a str key (fast path for namespaces). */
  getStr(k: string): PyValue | undefined {
    if (this.index === null) {
      const keys = this.keys;
      for (let i = 0; i < keys.length; i++) if (keys[i] === k) return this.vals[i];
      return undefined;
    }
    const s = this.index.get(k);
    return s === undefined ? undefined : this.vals[s];
  }

  /** Sets a str key (fast path for namespaces). */
  setStr(k: string, v: PyValue): void {
    if (this.watched) watchHook();
    let index = this.index;
    if (index === null) {
      const s = this.scan(k);
      if (s >= 0) {
        this.vals[s] = v;
        return;
      }
      if (this.keys.length < 8) {
        this.keys.push(k);
        this.vals.push(v);
        this.size++;
        this.version++;
        return;
      }
      index = this.grow();
    }
    const s = index.get(k);
    if (s !== undefined) {
      this.vals[s] = v;
      return;
    }
    index.set(k, this.keys.length);
    this.keys.push(k);
    this.vals.push(v);
    this.size++;
    this.version++;
  }

  /** Value for `k`, or undefined when absent. Raises TypeError for unhashable keys. */
  get(k: PyValue): PyValue | undefined {
    if (typeof k === "string") return this.getStr(k);
    const s = this.findSlot(k);
    return s < 0 ? undefined : this.vals[s];
  }

  /** True if `k` is a key. */
  has(k: PyValue): boolean {
    return this.findSlot(k) >= 0;
  }

  /** Inserts or replaces; an existing key keeps its original key object and position. */
  set(k: PyValue, v: PyValue): void {
    if (this.watched) watchHook();
    if (typeof k === "string") return this.setStr(k, v);
    const p = primitiveKey(k);
    if (p !== undefined) {
      const index = this.index ?? this.grow();
      const s = index.get(p);
      if (s !== undefined) {
        this.vals[s] = v;
        return;
      }
      index.set(p, this.keys.length);
    } else {
      if (this.index === null) this.grow();
      const h = hash(k);
      if (this.buckets === null) this.buckets = new Map();
      let slots = this.buckets.get(h);
      if (slots !== undefined) {
        for (let i = 0; i < slots.length; i++) {
          const other = this.keys[slots[i]];
          if (other !== undefined && (other === k || eq(other, k))) {
            this.vals[slots[i]] = v;
            return;
          }
        }
      } else {
        slots = [];
        this.buckets.set(h, slots);
      }
      slots.push(this.keys.length);
    }
    this.keys.push(k);
    this.vals.push(v);
    this.size++;
    this.version++;
  }

  /** Removes `k`; returns its value or undefined when absent. */
  delete(k: PyValue): PyValue | undefined {
    if (this.watched) watchHook();
    const s = this.findSlot(k);
    if (s < 0) return undefined;
    const v = this.vals[s];
    const p = primitiveKey(k);
    if (p !== undefined) this.index?.delete(p);
    else {
      const slots = this.buckets!.get(hash(k))!;
      slots.splice(slots.indexOf(s), 1);
      if (slots.length === 0) this.buckets!.delete(hash(k));
    }
    this.keys[s] = undefined;
    this.vals[s] = undefined;
    this.size--;
    this.version++;
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
    return v;
  }

  /** Removes every entry. */
  clear(): void {
    if (this.watched) watchHook();
    this.keys = [];
    this.vals = [];
    this.index = null;
    this.buckets = null;
    this.size = 0;
    this.version++;
  }

  /** Drops deleted slots and rebuilds the indexes. */
  private compact(): void {
    const keys: PyValue[] = [];
    const vals: PyValue[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== undefined) {
        keys.push(k);
        vals.push(this.vals[i]!);
      }
    }
    this.keys = keys;
    this.vals = vals;
    if (this.index !== null) this.reindex();
  }

  private reindex(): void {
    this.index = new Map();
    this.buckets = null;
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k === undefined) continue;
      const p = primitiveKey(k);
      if (p !== undefined) this.index.set(p, i);
      else {
        if (this.buckets === null) this.buckets = new Map();
        const h = hash(k);
        const slots = this.buckets.get(h);
        if (slots) slots.push(i);
        else this.buckets.set(h, [i]);
      }
    }
  }

  /** Removes and returns the last inserted entry, or undefined when empty. */
  popLast(): [PyValue, PyValue] | undefined {
    if (this.watched) watchHook();
    for (let i = this.keys.length - 1; i >= 0; i--) {
      const k = this.keys[i];
      if (k !== undefined) {
        const v = this.vals[i]!;
        this.delete(k);
        return [k, v];
      }
    }
    return undefined;
  }

  /** Live keys in order (a snapshot). */
  keyList(): PyValue[] {
    const out: PyValue[] = [];
    for (const k of this.keys) if (k !== undefined) out.push(k);
    return out;
  }

  /** Live [key, value] pairs in order (a snapshot). */
  entries(): [PyValue, PyValue][] {
    const out: [PyValue, PyValue][] = [];
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== undefined) out.push([k, this.vals[i]!]);
    }
    return out;
  }

  /** A shallow copy. */
  copy(cls: PyType = dictType): PyDict {
    const d = new PyDict(cls);
    d.keys = this.keys.slice();
    d.vals = this.vals.slice();
    d.size = this.size;
    if (this.index !== null) d.index = new Map();
    if (d.size !== d.keys.length) d.compact();
    else if (d.index !== null) d.reindex();
    return d;
  }
}

/** A new empty dict. */
export function newDict(): PyDict {
  return new PyDict();
}
