// Out-of-line slow paths of the interpreter loop: unpacking, raising, imports, formatting.
import { PyType, None, typeOf, type PyValue } from "./objects/object.js";
import { PyTuple } from "./objects/tuple.js";
import { PyList } from "./objects/list.js";
import { PyDict } from "./objects/dict.js";
import { PyModule } from "./objects/module.js";
import { PyException, excType, newException } from "./objects/exception.js";
import { raise } from "./raise.js";
import {
  call, getIter, iterNext, toArray, getAttrOrUndefined, repr, str, format, getAttr,
} from "./ops.js";
import { importModule } from "./exec.js";
import { rt } from "./runtime.js";

/** UNPACK_SEQUENCE: exactly `n` items, with CPython's messages. */
export function unpackSequence(v: PyValue, n: number): PyValue[] {
  if ((v instanceof PyTuple || v instanceof PyList) && !v.cls.isHeap) {
    const items = v.items;
    if (items.length === n) return items;
    if (items.length < n) raise("ValueError", `not enough values to unpack (expected ${n}, got ${items.length})`);
    raise("ValueError", `too many values to unpack (expected ${n})`);
  }
  const it = unpackIter(v);
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    const x = iterNext(it);
    if (x === undefined) raise("ValueError", `not enough values to unpack (expected ${n}, got ${i})`);
    out.push(x);
  }
  if (iterNext(it) !== undefined) raise("ValueError", `too many values to unpack (expected ${n})`);
  return out;
}

function unpackIter(v: PyValue): PyValue {
  try {
    return getIter(v);
  } catch (e) {
    if (e instanceof PyException && e.cls === excType("TypeError")) {
      raise("TypeError", `cannot unpack non-iterable ${typeOf(v).name} object`);
    }
    throw e;
  }
}

/** UNPACK_EX: `before` items, a list of the middle, `after` items. */
export function unpackEx(v: PyValue, before: number, after: number): PyValue[] {
  const items = (v instanceof PyTuple || v instanceof PyList) && !v.cls.isHeap ? v.items : toArray(unpackIter(v));
  if (items.length < before + after) {
    raise("ValueError", `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const out = items.slice(0, before);
  out.push(new PyList(items.slice(before, items.length - after)));
  for (let i = items.length - after; i < items.length; i++) out.push(items[i]);
  return out;
}

/** True if `t` is an exception class. */
export function isExceptionClass(t: PyValue): t is PyType {
  return t instanceof PyType && t.isSubtype(excType("BaseException"));
}

/** Turns the operand of `raise X` into an exception instance (instantiating classes). */
export function makeRaisable(v: PyValue): PyException {
  if (v instanceof PyException) return v;
  if (isExceptionClass(v)) {
    const e = call(v, []);
    if (!(e instanceof PyException)) {
      raise("TypeError", `calling ${repr(v)} should have returned an instance of BaseException, not ${typeOf(e).name}`);
    }
    return e;
  }
  raise("TypeError", "exceptions must derive from BaseException");
}

/** `raise exc from cause`. */
export function setCause(exc: PyException, cause: PyValue): void {
  if (cause === None) {
    exc.cause = None;
  } else if (cause instanceof PyException) {
    exc.cause = cause;
  } else if (isExceptionClass(cause)) {
    exc.cause = makeRaisable(cause);
  } else {
    raise("TypeError", "exception causes must derive from BaseException");
  }
  exc.suppressContext = true;
}

/** `except T:` — does `exc` match the class or tuple `spec`? */
export function exceptionMatches(exc: PyException, spec: PyValue): boolean {
  if (spec instanceof PyTuple) {
    for (const s of spec.items) if (exceptionMatches(exc, s)) return true;
    return false;
  }
  if (!isExceptionClass(spec)) raise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
  return exc.cls.isSubtype(spec);
}

/** FORMAT_VALUE: conversion (0 none, 1 str, 2 repr, 3 ascii) then format spec. */
export function formatValue(v: PyValue, conversion: number, spec: string): string {
  if (conversion === 1) v = str(v);
  else if (conversion === 2) v = repr(v);
  else if (conversion === 3) v = ascii(repr(v));
  if (spec === "" && typeof v === "string") return v;
  return format(v, spec);
}

/** `ascii()`: escapes non-ASCII characters of a repr. */
export function ascii(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += "\\U" + cp.toString(16).padStart(8, "0");
  }
  return out;
}

/** Resolves a relative import's package from the importing module's globals. */
function resolveName(name: string, globals: PyDict, level: number): string {
  if (level === 0) return name;
  let pkg = globals.getStr("__package__");
  if (pkg === undefined || pkg === None) {
    const modName = globals.getStr("__name__");
    const path = globals.getStr("__path__");
    pkg = typeof modName === "string" ? (path !== undefined ? modName : modName.slice(0, Math.max(0, modName.lastIndexOf(".")))) : "";
  }
  if (typeof pkg !== "string" || pkg === "") raise("ImportError", "attempted relative import with no known parent package");
  const parts = pkg.split(".");
  if (level - 1 > parts.length - 1 && level > 1) raise("ImportError", "attempted relative import beyond top-level package");
  const base = parts.slice(0, parts.length - (level - 1)).join(".");
  return name ? `${base}.${name}` : base;
}

/** IMPORT_NAME: returns the top package (no fromlist) or the named module (with fromlist). */
export function importName(name: string, fromlist: PyValue, level: number, globals: PyDict): PyValue {
  const full = resolveName(name, globals, level);
  const mod = importModule(full);
  const hasFrom = fromlist !== None && !(fromlist instanceof PyTuple && fromlist.items.length === 0);
  if (hasFrom) {
    if (mod instanceof PyModule && mod.dict.getStr("__path__") !== undefined && fromlist instanceof PyTuple) {
      for (const item of fromlist.items) {
        if (typeof item === "string" && item !== "*" && mod.dict.getStr(item) === undefined) {
          try {
            importModule(`${full}.${item}`);
          } catch (e) {
            if (!(e instanceof PyException && e.cls.name === "ModuleNotFoundError")) throw e;
          }
        }
      }
    }
    return mod;
  }
  if (level > 0 || !full.includes(".")) return level > 0 && name === "" ? mod : importModule(full.split(".")[0]);
  return importModule(full.split(".")[0]);
}

/** IMPORT_FROM: `from m import name`. */
export function importFrom(mod: PyValue, name: string): PyValue {
  const v = getAttrOrUndefined(mod, name);
  if (v !== undefined) return v;
  if (mod instanceof PyModule) {
    const full = `${mod.name}.${name}`;
    const sub = rt().modules.getStr(full);
    if (sub !== undefined) return sub;
    const file = mod.dict.getStr("__file__");
    const where = typeof file === "string" ? ` (${file})` : " (unknown location)";
    const e = newException("ImportError", `cannot import name '${name}' from '${mod.name}'${where}`);
    throw e;
  }
  raise("ImportError", `cannot import name '${name}'`);
}

/** `from m import *` into a namespace. */
export function importStar(mod: PyValue, ns: PyDict): void {
  const all = getAttrOrUndefined(mod, "__all__");
  if (all !== undefined) {
    for (const n of toArray(all)) {
      if (typeof n !== "string") raise("TypeError", `Item in ${"module"}.__all__ must be str, not ${typeOf(n).name}`);
      ns.setStr(n, getAttr(mod, n));
    }
    return;
  }
  if (mod instanceof PyModule) {
    for (const [k, v] of mod.dict.entries()) {
      if (typeof k === "string" && !k.startsWith("_")) ns.setStr(k, v);
    }
  }
}

/** Converts a `**mapping` argument into the keyword map of a call. */
export function kwargsFromMapping(fnName: () => string, m: PyValue, into: Map<string, PyValue>): void {
  if (m instanceof PyDict) {
    for (const [k, v] of m.entries()) addKw(fnName, into, k, v);
    return;
  }
  const keys = getAttrOrUndefined(m, "keys");
  if (keys === undefined) raise("TypeError", `${fnName()} argument after ** must be a mapping, not ${typeOf(m).name}`);
  for (const k of toArray(call(keys, []))) addKw(fnName, into, k, call(getAttr(m, "__getitem__"), [k]));
}

function addKw(fnName: () => string, into: Map<string, PyValue>, k: PyValue, v: PyValue): void {
  if (typeof k !== "string") raise("TypeError", "keywords must be strings");
  if (into.has(k)) raise("TypeError", `${fnName()} got multiple values for keyword argument '${k}'`);
  into.set(k, v);
}
