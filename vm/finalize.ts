// Finalization without reference counts: CPython runs `__del__` (and closes suspended
// generators) the moment the last reference goes. taipan approximates the moments programs can
// observe: `del name`, a function's locals going away when it returns, and interpreter exit
// (clearing `__main__`'s globals in CPython's order). At each such moment a candidate object that
// has a finalizer is checked for reachability from the live roots (module dicts, running frames);
// when nothing reaches it any more, it and the finalizable objects only it kept alive are
// finalized, in the order CPython's deallocation would reach them.
import { PyObject, PyType, None, type PyValue } from "./objects/object.js";
import { PyFunction, PyBuiltin } from "./objects/function.js";
import { CodeObject } from "./code.js";
import { PyDict } from "./objects/dict.js";
import { PyList } from "./objects/list.js";
import { PyTuple } from "./objects/tuple.js";
import { PyModule } from "./objects/module.js";
import { PyGenerator } from "./objects/generator.js";
import { Frame } from "./frame.js";
import { rt } from "./runtime.js";
import { call } from "./ops.js";
import { slotValuesOf } from "./objects/type.js";

/** `live`: how many objects with finalizers exist (0 keeps every hook a single compare). */
export const fin = { live: 0 };

const live = new Set<PyObject>();
/** Heap objects visited by all scans so far; past the budget the `del` and return hooks give up. */
let work = 0;
const WORK_BUDGET = 300_000;

/** Registers an instance whose class defines `__del__`. */
export function registerFinalizable(o: PyObject): void {
  live.add(o);
  fin.live = live.size + weakTargets.size;
}

/**
 * A weak reference's hold on its target: invisible to the reachability scans, so the target dies
 * (at the moments `__del__` would run) while weak references to it exist; then `target` becomes
 * null and `callback(owner)` runs, as CPython clears weak references after `__del__`.
 */
export class WeakCell extends PyObject {
  constructor(cls: PyType, public target: PyObject | null, readonly owner: PyValue, readonly callback: PyValue) {
    super(cls);
  }
}

/** The weak cells of each object that has weak references, oldest first. */
const weakTargets = new Map<PyObject, WeakCell[]>();

/** Adds a weak reference to `o`. */
export function registerWeakCell(c: WeakCell): void {
  const o = c.target!;
  const cells = weakTargets.get(o);
  if (cells === undefined) weakTargets.set(o, [c]);
  else cells.push(c);
  fin.live = live.size + weakTargets.size;
}

/** The live weak cells of `o`. */
export function weakCellsOf(o: PyValue): WeakCell[] {
  return o instanceof PyObject ? (weakTargets.get(o) ?? []) : [];
}

/** `o` is gone: clears its weak references and runs their callbacks, newest first (as CPython). */
function clearWeakCells(o: PyObject): void {
  const cells = weakTargets.get(o);
  if (cells === undefined) return;
  weakTargets.delete(o);
  fin.live = live.size + weakTargets.size;
  for (const c of cells) c.target = null;
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i];
    if (c.callback === None) continue;
    try {
      call(c.callback, [c.owner]);
    } catch {
      // CPython reports "Exception ignored in: ..." on stderr and carries on.
    }
  }
}

/** Generators with try/with blocks were created: exit has suspended ones to close. */
let cleanupGenerators = false;
/** Notes a generator with try/with blocks (closed if dropped unfinished). */
export function noteCleanupGenerator(): void {
  cleanupGenerators = true;
}

function needsFinalizer(o: unknown): o is PyObject {
  if (!(o instanceof PyObject)) return false;
  if (o instanceof PyGenerator) return o.frame !== null && !o.fresh && o.frame.code.exceptionTable.length > 0;
  return live.has(o) || weakTargets.has(o);
}

function pushFrame(f: Frame, out: unknown[], sp: number): void {
  for (const v of f.fast) out.push(v);
  for (let i = 0; i < sp && i < f.stack.length; i++) out.push(f.stack[i]);
  out.push(f.locals, f.globals, f.func, f.handling, f.initSelf, f.back);
}

/**
 * Everything reachable from `roots`. `skipFrame` (a returning frame) contributes only its caller;
 * `exactFrame` its stack below `f.sp`; other frames their whole stack array, stale slots
 * included, because a builtin running between them may still hold values popped from it.
 */
function mark(roots: unknown[], skipFrame: Frame | null, exactFrame: Frame | null = null): Set<unknown> {
  const seen = new Set<unknown>();
  const todo = roots.slice();
  while (todo.length > 0) {
    const v = todo.pop();
    if (v === null || v === undefined || typeof v !== "object" || seen.has(v)) continue;
    if (ArrayBuffer.isView(v)) continue;
    seen.add(v);
    // Builtin types, builtin functions and code objects never hold user objects.
    if ((v instanceof PyType && !v.isHeap) || v instanceof PyBuiltin || v instanceof CodeObject || v instanceof WeakCell) continue;
    if (v instanceof Frame) {
      if (v !== skipFrame) pushFrame(v, todo, v === exactFrame ? v.sp : v.stack.length);
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
  work += seen.size;
  return seen;
}

function roots(): unknown[] {
  const r = rt();
  return [r.modules, r.builtins];
}

/** Direct references of `o` in the order CPython's deallocation drops them. */
function children(o: unknown): unknown[] {
  const out: unknown[] = [];
  if (o === null || typeof o !== "object" || ArrayBuffer.isView(o) || o instanceof WeakCell) return out;
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
    if (live.has(o)) {
      live.delete(o);
      const d = o.cls.lookup("__del__");
      if (d !== undefined && d !== None) call(d, [o]);
    }
  } catch {
    // CPython reports "Exception ignored in: ..." on stderr and carries on.
  }
  clearWeakCells(o);
}

/** Finalizes `o` and then, depth first, whatever only it kept alive. */
function finalizeTree(o: unknown, reach: Set<unknown>, visited: Set<unknown>): void {
  if (o === null || typeof o !== "object" || visited.has(o) || reach.has(o)) return;
  visited.add(o);
  if (needsFinalizer(o)) {
    runFinalizer(o);
    fin.live = live.size + weakTargets.size;
  }
  for (const c of children(o)) finalizeTree(c, reach, visited);
}

/** True if a finalizable object is reachable from `v` (looking at no more than `limit` objects). */
function holdsLive(v: unknown, limit: number): boolean {
  if (v === null || typeof v !== "object") return false;
  const seen = new Set<unknown>();
  const todo: unknown[] = [v];
  while (todo.length > 0 && seen.size < limit) {
    const x = todo.pop();
    if (x === null || typeof x !== "object" || seen.has(x) || x instanceof PyType || x instanceof Frame) continue;
    if (needsFinalizer(x)) return true;
    seen.add(x);
    for (const c of children(x)) todo.push(c);
  }
  work += seen.size;
  return false;
}

function collect(cands: PyValue[], extraRoots: unknown[], skipFrame: Frame | null, curFrame: Frame | null, exactFrame: Frame | null, limit: number): void {
  if (work > WORK_BUDGET) return;
  let any = false;
  for (const c of cands) if (holdsLive(c, limit)) any = true;
  if (!any) return;
  const rs = roots().concat(extraRoots);
  if (curFrame !== null) rs.push(curFrame);
  const reach = mark(rs, skipFrame, exactFrame);
  const visited = new Set<unknown>();
  for (const c of cands) finalizeTree(c, reach, visited);
}

/** After `del name` removed `old` from frame `f` (whose stack height is `sp`). */
export function afterDelete(old: PyValue | undefined, f: Frame, sp: number): void {
  if (old === undefined || typeof old !== "object" || old instanceof PyType) return;
  const saved = f.sp;
  f.sp = sp;
  try {
    collect([old], [], null, f, f, 20_000);
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

/**
 * An expression statement's value was popped: it and the other temporaries left above the stack
 * top (arguments a builtin consumed, say) are dead now, as CPython would have freed them.
 */
export function afterPopTop(f: Frame, sp: number): void {
  const st = f.stack;
  let cands: PyValue[] | null = null;
  for (let i = sp; i < st.length; i++) {
    const v = st[i];
    if (v !== undefined && typeof v === "object" && !(v instanceof PyType)) (cands ??= []).push(v);
    st[i] = undefined as never;
  }
  if (cands === null) return;
  const saved = f.sp;
  f.sp = sp;
  try {
    collect(cands, [], null, f, f, 64);
  } finally {
    f.sp = saved;
  }
}

/** A function frame returning `rv`: its locals die unless something else holds them. */
export function afterReturn(f: Frame, rv: PyValue): void {
  if (f.locals !== null) return;
  // Locals are released in order (CPython clears the frame's slots first to last).
  const cands: PyValue[] = [];
  for (const v of f.fast) if (v instanceof PyObject && !(v instanceof PyType) && !(v instanceof PyFunction)) cands.push(v);
  if (cands.length === 0) return;
  // An __init__ frame hands its `self` back to the caller.
  collect(cands, [rv, f.initSelf], f, f, null, 64);
}

/**
 * Interpreter exit. CPython's final collection finds `__main__`'s globals garbage and runs every
 * finalizer before clearing anything (so globals stay usable inside `__del__`), in the order its
 * traversal meets them: dict entries first to last, list items last to first.
 */
export function finalizeAtExit(main: PyDict): void {
  if (live.size === 0 && weakTargets.size === 0 && !cleanupGenerators) return;
  const seen = new Set<unknown>();
  const todo: unknown[] = [];
  for (const [, v] of main.entries().reverse()) todo.push(v);
  while (todo.length > 0) {
    if (live.size === 0 && weakTargets.size === 0 && !cleanupGenerators) break;
    const o = todo.pop();
    if (o === null || typeof o !== "object" || seen.has(o) || o instanceof PyModule || ArrayBuffer.isView(o)) continue;
    seen.add(o);
    if (seen.size > 5_000_000) break;
    if (needsFinalizer(o)) runFinalizer(o);
    const cs = children(o);
    for (let i = cs.length - 1; i >= 0; i--) todo.push(cs[i]);
  }
  // What is left was garbage already (CPython finalized it when it was dropped).
  for (const o of [...live, ...weakTargets.keys()]) runFinalizer(o);
  fin.live = 0;
}
