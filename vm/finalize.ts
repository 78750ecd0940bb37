// Finalization without reference counts: CPython runs `__del__` (and closes suspended
// generators) the moment the last reference goes. taipan approximates the moments programs can
// observe: `del name`, a function's locals going away when it returns, and interpreter exit
// (clearing `__main__`'s globals in CPython's order). At each such moment a candidate object that
// has a finalizer is checked for reachability from the live roots (module dicts, running frames);
// when nothing reaches it any more, it and the finalizable objects only it kept alive are
// finalized, in the order CPython's deallocation would reach them.
import { PyObject, None, type PyValue } from "./objects/object.js";
import { PyDict } from "./objects/dict.js";
import { PyList } from "./objects/list.js";
import { PyTuple } from "./objects/tuple.js";
import { PyGenerator } from "./objects/generator.js";
import { Frame } from "./frame.js";
import { rt } from "./runtime.js";
import { call } from "./ops.js";
import { slotValuesOf } from "./objects/type.js";

/** `live`: how many objects with finalizers exist (0 keeps every hook a single compare). */
export const fin = { live: 0 };

const live = new Set<PyObject>();
let scans = 0;
/** Scans are a full walk of the heap; past this many the scope-exit and `del` hooks give up. */
const MAX_SCANS = 2000;

/** Registers an instance whose class defines `__del__`, or a generator with try/with blocks. */
export function registerFinalizable(o: PyObject): void {
  live.add(o);
  fin.live = live.size;
}

function isDone(o: PyObject): boolean {
  return o instanceof PyGenerator && (o.frame === null || o.fresh);
}

function purge(): void {
  for (const o of live) if (isDone(o)) live.delete(o);
  fin.live = live.size;
}

function pushFrame(f: Frame, out: unknown[], sp: number): void {
  for (const v of f.fast) out.push(v);
  for (let i = 0; i < sp && i < f.stack.length; i++) out.push(f.stack[i]);
  out.push(f.locals, f.globals, f.func, f.handling, f.initSelf, f.back);
}

/** Everything reachable from `roots` (frames contribute their live stack only). */
function mark(roots: unknown[], skipFrame: Frame | null): Set<unknown> {
  const seen = new Set<unknown>();
  const todo = roots.slice();
  while (todo.length > 0) {
    const v = todo.pop();
    if (v === null || v === undefined || typeof v !== "object" || seen.has(v)) continue;
    if (ArrayBuffer.isView(v)) continue;
    seen.add(v);
    if (v instanceof Frame) {
      if (v !== skipFrame) pushFrame(v, todo, v.sp);
      else if (v.back !== null) todo.push(v.back);
      continue;
    }
    if (Array.isArray(v)) {
      for (const x of v) todo.push(x);
      continue;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) todo.push(k, x);
      continue;
    }
    if (v instanceof Set) {
      for (const x of v) todo.push(x);
      continue;
    }
    for (const k of Object.keys(v)) todo.push((v as Record<string, unknown>)[k]);
    const slots = v instanceof PyObject ? slotValuesOf(v) : undefined;
    if (slots !== undefined) for (const x of slots.values()) todo.push(x);
  }
  return seen;
}

function roots(): unknown[] {
  const r = rt();
  return [r.modules, r.builtins];
}

/** Direct references of `o` in the order CPython's deallocation drops them. */
function children(o: unknown): unknown[] {
  const out: unknown[] = [];
  if (o === null || typeof o !== "object" || ArrayBuffer.isView(o)) return out;
  if (o instanceof Frame) {
    pushFrame(o, out, o.sp);
    return out;
  }
  if (o instanceof PyDict) {
    for (const [k, v] of o.entries()) out.push(k, v);
    return out;
  }
  // list and tuple deallocation drops the items last to first.
  if (o instanceof PyList || o instanceof PyTuple) return o.items.slice().reverse();
  if (Array.isArray(o)) return o.slice();
  if (o instanceof Map) {
    for (const [k, v] of o) out.push(k, v);
    return out;
  }
  if (o instanceof Set) return [...o];
  if (o instanceof PyObject) {
    const slots = slotValuesOf(o);
    if (slots !== undefined) out.push(...slots.values());
  }
  for (const k of Object.keys(o)) if (k !== "cls") out.push((o as Record<string, unknown>)[k]);
  return out;
}

function runFinalizer(o: PyObject): void {
  try {
    if (o instanceof PyGenerator) {
      o.close();
      return;
    }
    const d = o.cls.lookup("__del__");
    if (d !== undefined && d !== None) call(d, [o]);
  } catch {
    // CPython reports "Exception ignored in: ..." on stderr and carries on.
  }
}

/** Finalizes `o` and then, depth first, whatever only it kept alive. */
function finalizeTree(o: unknown, reach: Set<unknown>, visited: Set<unknown>): void {
  if (o === null || typeof o !== "object" || visited.has(o) || reach.has(o)) return;
  visited.add(o);
  if (o instanceof PyObject && live.has(o)) {
    live.delete(o);
    fin.live = live.size;
    if (!isDone(o)) runFinalizer(o);
  }
  for (const c of children(o)) finalizeTree(c, reach, visited);
}

function collect(cands: PyValue[], extraRoots: unknown[], skipFrame: Frame | null, curFrame: Frame | null): void {
  let any = false;
  for (const c of cands) if (c instanceof PyObject && live.has(c)) any = true;
  if (!any) return;
  if (++scans > MAX_SCANS) return;
  purge();
  const rs = roots().concat(extraRoots);
  if (curFrame !== null) rs.push(curFrame);
  const reach = mark(rs, skipFrame);
  const visited = new Set<unknown>();
  for (const c of cands) if (c instanceof PyObject && live.has(c) && !reach.has(c)) finalizeTree(c, reach, visited);
}

/** After `del name` removed `old` from frame `f` (whose stack height is `sp`). */
export function afterDelete(old: PyValue | undefined, f: Frame, sp: number): void {
  if (old === undefined || typeof old !== "object" || !live.has(old)) return;
  const saved = f.sp;
  f.sp = sp;
  try {
    collect([old], [], null, f);
  } finally {
    f.sp = saved;
  }
}

let noted: PyValue | undefined;
/** `del name` is about to remove `name` from `d`: remember its value. */
export function noteDelete(d: PyDict, name: string): void {
  noted = d.getStr(name);
}
/** ...and now it is gone. */
export function afterNotedDelete(f: Frame, sp: number): void {
  const old = noted;
  noted = undefined;
  afterDelete(old, f, sp);
}

/** `del local`: clears the slot, then checks what it held. */
export function deleteFast(f: Frame, i: number, sp: number): void {
  const old = f.fast[i];
  f.fast[i] = undefined;
  afterDelete(old, f, sp);
}

/** A function frame returning `rv`: its locals die unless something else holds them. */
export function afterReturn(f: Frame, rv: PyValue): void {
  if (f.locals !== null) return;
  let cands: PyValue[] | null = null;
  for (const v of f.fast) {
    if (v instanceof PyObject && live.has(v)) (cands ??= []).push(v);
    else if (v instanceof PyObject && v.cls.name === "cell") {
      const c = (v as unknown as { value: PyValue | undefined }).value;
      if (c instanceof PyObject && live.has(c)) (cands ??= []).push(c);
    }
  }
  if (cands === null) return;
  // An __init__ frame hands its `self` back to the caller.
  collect(cands, [rv, f.initSelf], f, f);
}

/** Interpreter exit: clear `__main__` like CPython (underscore names first), then the rest. */
export function finalizeAtExit(main: PyDict): void {
  if (live.size === 0) return;
  purge();
  const keys = main.entries().map(([k]) => k);
  const order = keys.filter((k) => typeof k === "string" && k.startsWith("_") && !k.startsWith("__"))
    .concat(keys.filter((k) => !(typeof k === "string" && k.startsWith("_") && !k.startsWith("__")) && k !== "__builtins__"));
  for (const k of order) {
    if (live.size === 0) return;
    const v = main.get(k);
    main.set(k, None);
    if (v === undefined || typeof v !== "object") continue;
    const reach = mark(roots(), null);
    finalizeTree(v, reach, new Set());
  }
  // What is left was garbage in cycles (or held elsewhere): the final collection gets it.
  for (const o of [...live]) {
    live.delete(o);
    if (!isDone(o)) runFinalizer(o);
  }
  fin.live = 0;
}
