// Per-instruction inline caches for attribute, method and global lookups. The observed types
// they record are also the JIT's type feedback.
import { PyObject, PyType, currentTypeEpoch, typeOf, type PyValue } from "./objects/object.js";
import { PyDict } from "./objects/dict.js";
import { PyFunction, PyBuiltin, PyProperty, PyGetSet } from "./objects/function.js";
import * as ops from "./ops.js";
import { PyModule, moduleType } from "./objects/module.js";

const enum Kind {
  /** Instance dict first, then the class attribute `descr` (maybe undefined). */
  Plain,
  /** A data descriptor on the class wins over the instance dict. */
  Data,
  /** A plain method: push (descr, self) unless shadowed by the instance dict. */
  Method,
  /** STORE_ATTR straight into the instance dict. */
  Store,
}

/** One cache entry, owned by one instruction. */
export class AttrCache {
  constructor(
    /** The receiver type this entry is valid for. */
    public type: PyType,
    /** Type epoch when filled. */
    public epoch: number,
    /** What the fast path does. */
    public kind: Kind,
    /** The class attribute found along the MRO. */
    public descr: PyValue | undefined,
  ) {}
}

/** Cache for `module.name`: the slot in that module's dict, valid while the dict keeps its shape. */
export class ModuleCache {
  constructor(
    /** The module the entry is for. */
    public module: PyModule,
    /** module.dict.version when filled. */
    public version: number,
    /** Slot of the name in the module dict. */
    public slot: number,
  ) {}
}

/** `module.name` through a cache (plain names only; dunders go the generic way). */
function moduleAttr(caches: unknown[], idx: number, m: PyModule, name: string): PyValue | undefined {
  const c = caches[idx];
  const d = m.dict;
  if (c instanceof ModuleCache && c.module === m && c.version === d.version) return d.vals[c.slot];
  if (name.startsWith("__") || m.cls !== moduleType) return undefined;
  const slot = d.slotOf(name);
  if (slot < 0) return undefined;
  caches[idx] = new ModuleCache(m, d.version, slot);
  return d.vals[slot];
}

/** Cache for LOAD_GLOBAL: the slot of the name in globals or builtins, valid while neither changes shape. */
export class GlobalCache {
  constructor(
    /** globals.version when filled. */
    public gver: number,
    /** builtins.version when filled (-1 when found in globals). */
    public bver: number,
    /** Slot index in the dict where the name lives. */
    public slot: number,
  ) {}
}

function plainType(t: PyType): boolean {
  return t.customGetAttr === null && (!t.isHeap || t.lookup("__getattribute__") === ops.objectGetAttribute) && (!t.isHeap || t.lookup("__getattr__") === undefined);
}

function isData(d: PyValue | undefined): boolean {
  if (d === undefined || typeof d !== "object") return false;
  if (d instanceof PyProperty || d instanceof PyGetSet) return true;
  if (d instanceof PyFunction || d instanceof PyBuiltin) return false;
  const t = d.cls;
  return t.isHeap && (t.lookup("__set__") !== undefined || t.lookup("__delete__") !== undefined);
}

/** LOAD_ATTR with a cache slot in `caches[idx]`. */
export function loadAttr(caches: unknown[], idx: number, obj: PyValue, name: string): PyValue {
  if (obj instanceof PyModule) {
    const v = moduleAttr(caches, idx, obj, name);
    if (v !== undefined) return v;
  }
  if (obj instanceof PyObject && !(obj instanceof PyType)) {
    const c = caches[idx] as AttrCache | undefined;
    const t = obj.cls;
    if (c !== undefined && c.type === t && c.epoch === currentTypeEpoch()) {
      if (c.kind === Kind.Plain) {
        const dict = obj.dict;
        if (dict !== null) {
          const v = dict.getStr(name);
          if (v !== undefined) return v;
        }
        const d = c.descr;
        if (d !== undefined) {
          if (typeof d !== "object") return d;
          return ops.bindAttr(d, obj, t);
        }
      } else return ops.bindAttr(c.descr!, obj, t);
    } else if (plainType(t)) {
      const d = t.lookup(name);
      caches[idx] = new AttrCache(t, currentTypeEpoch(), isData(d) ? Kind.Data : Kind.Plain, d);
    }
  }
  return ops.getAttr(obj, name);
}

const methodOut: { self: PyValue | undefined } = { self: undefined };

/**
 * LOAD_METHOD with a cache: returns the callable; `out.self` is the receiver to prepend, or
 * undefined when the result is already bound/plain.
 */
export function loadMethod(caches: unknown[], idx: number, obj: PyValue, name: string, out: { self: PyValue | undefined }): PyValue {
  if (obj instanceof PyModule) {
    const v = moduleAttr(caches, idx, obj, name);
    if (v !== undefined) {
      out.self = undefined;
      return v;
    }
  }
  const t = typeOf(obj);
  const c = caches[idx] as AttrCache | undefined;
  if (c !== undefined && c.type === t && c.epoch === currentTypeEpoch() && c.kind === Kind.Method) {
    const dict = typeof obj === "object" ? obj.dict : null;
    if (dict === null || dict.getStr(name) === undefined) {
      out.self = obj;
      return c.descr!;
    }
  } else if (!(obj instanceof PyType) && plainType(t)) {
    const d = t.lookup(name);
    if (d instanceof PyFunction || (d instanceof PyBuiltin && d.binds)) caches[idx] = new AttrCache(t, currentTypeEpoch(), Kind.Method, d);
  }
  return ops.loadMethod(obj, name, out);
}

/** STORE_ATTR with a cache: plain instances store straight into their dict. */
export function storeAttr(caches: unknown[], idx: number, obj: PyValue, name: string, v: PyValue): void {
  if (obj instanceof PyObject && !(obj instanceof PyType)) {
    const c = caches[idx] as AttrCache | undefined;
    const t = obj.cls;
    if (c !== undefined && c.type === t && c.epoch === currentTypeEpoch() && obj.dict !== null) {
      obj.dict.setStr(name, v);
      return;
    }
    if (t.isHeap && obj.dict !== null && t.lookup("__setattr__") === ops.objectSetAttr && !isData(t.lookup(name))) {
      caches[idx] = new AttrCache(t, currentTypeEpoch(), Kind.Store, undefined);
    }
  }
  ops.setAttr(obj, name, v);
}

/** LOAD_GLOBAL with a cache; returns undefined when the name is unbound. */
export function loadGlobal(caches: unknown[], idx: number, globals: PyDict, builtins: PyDict, name: string): PyValue | undefined {
  const c = caches[idx] as GlobalCache | undefined;
  if (c !== undefined && c.gver === globals.version) {
    if (c.bver < 0) return globals.vals[c.slot];
    if (c.bver === builtins.version) return builtins.vals[c.slot];
  }
  let slot = globals.slotOf(name);
  if (slot >= 0) {
    caches[idx] = new GlobalCache(globals.version, -1, slot);
    return globals.vals[slot];
  }
  slot = builtins.slotOf(name);
  if (slot >= 0) {
    caches[idx] = new GlobalCache(globals.version, builtins.version, slot);
    return builtins.vals[slot];
  }
  return undefined;
}

void methodOut;
