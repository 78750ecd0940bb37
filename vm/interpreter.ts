// The bytecode interpreter: one loop over explicit frames; Python→Python calls never recurse in JS.
import { None, PyType, typeOf, typeType, floatType, type PyValue } from "./objects/object.js";
import { PyFloat } from "./objects/float.js";
import { PyTuple, newTuple } from "./objects/tuple.js";
import { PyList, listType } from "./objects/list.js";
import { PyDict } from "./objects/dict.js";
import { PyFunction, PyCell, PyBuiltin, PyMethod } from "./objects/function.js";
import { PyException, newException, excType, engineErrorToPy } from "./objects/exception.js";
import { PyIterator } from "./objects/iterator.js";
import { PyGenerator, coroutineType, asyncGenType, setGenResume } from "./objects/generator.js";
import { PyRange, PyRangeIterator } from "./objects/range.js";
import { PySlice } from "./objects/slice.js";
import { pushAll } from "./objects/sequence.js";
import { PySet, makeSet } from "./objects/set.js";
import { setExcInfoHook } from "../stdlib/sys_module.js";
import { raise } from "./raise.js";
import * as ops from "./ops.js";
import { Frame, ReturnMode } from "./frame.js";
import { bindArgs } from "./args.js";
import { rt } from "./runtime.js";
import {
  unpackSequence, unpackEx, makeRaisable, setCause, exceptionMatches, formatValue, importName,
  importFrom, importStar, kwargsFromMapping,
} from "./interp_helpers.js";
import { Op } from "./opcodes.js";
import { fin, noteDelete, afterNotedDelete, afterReturn, afterPopTop, deleteFast, noteCleanupGenerator } from "./finalize.js";
import * as ic from "./inline_cache.js";
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR, type CodeObject } from "./code.js";
import { buildClass } from "./classes.js";
import { setSuperResolver, setFrameAccessors } from "../stdlib/builtins.js";
import { jitCall, jitOsr, setBuiltinsLookup, RESUMED } from "../jit/jit.js";
import { setInterpreterHooks } from "../jit/runtime.js";
import { FB_INT, FB_FLOAT, FB_BOOL, FB_OTHER } from "../jit/feedback.js";

/** The innermost running frame (for globals(), locals(), super(), sys.exc_info()). */
let currentFrame: Frame | null = null;

/** The frame executing right now, or null outside any Python code. */
export function getCurrentFrame(): Frame | null {
  return currentFrame;
}

const methodOut: { self: PyValue | undefined } = { self: undefined };

/** Sentinel returned by {@link runFrame} when a generator frame yields. */
let yielded = false;

function recursionError(): never {
  raise("RecursionError", "maximum recursion depth exceeded");
}

/** Creates the frame for calling `fn` with the given arguments (cells and free vars set up). */
export function makeFrame(fn: PyFunction, args: PyValue[], kw: Map<string, PyValue> | null): Frame {
  const code = fn.code;
  const f = new Frame(code, fn.globals, builtinsOf(fn.globals), null, fn);
  const fast = f.fast;
  if (code.simpleArgs && kw === null && args.length === code.argcount) {
    for (let i = 0; i < args.length; i++) fast[i] = args[i];
  } else {
    bindArgs(fn, fast, args, kw);
  }
  if (code.ncells > 0 || code.nfrees > 0) initCells(f, fn);
  return f;
}

function initCells(f: Frame, fn: PyFunction): void {
  const code = f.code;
  const fast = f.fast;
  const base = code.nlocals;
  for (let i = 0; i < code.ncells; i++) {
    const arg = code.cell2arg[i];
    fast[base + i] = new PyCell(arg >= 0 ? fast[arg] : undefined);
  }
  const closure = fn.closure;
  for (let i = 0; i < code.nfrees; i++) fast[base + code.ncells + i] = closure![i];
}

function builtinsOf(globals: PyDict): PyDict {
  const b = globals.getStr("__builtins__");
  if (b instanceof PyDict) return b;
  if (b !== undefined && (b as { dict?: PyDict }).dict instanceof PyDict) return (b as { dict: PyDict }).dict;
  return rt().builtins;
}

/** Calls a Python function from TypeScript, running a nested interpreter loop. */
export function callFunction(fn: PyFunction, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const code = fn.code;
  if (kw === null && ++code.callCount >= rt().jitCallThreshold) {
    const res = jitCall(fn, args, 0, args.length);
    if (res !== undefined) return res;
  }
  const f = makeFrame(fn, args, kw);
  if (code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return makeGenerator(f, fn);
  return runFrame(f);
}

function makeGenerator(f: Frame, fn: PyFunction): PyGenerator {
  f.isGenerator = true;
  const flags = fn.code.flags;
  const g = new PyGenerator(f, fn.name, fn.qualname, flags & CO_COROUTINE ? coroutineType : flags & CO_ASYNC_GENERATOR ? asyncGenType : undefined);
  // A generator with try/with blocks has cleanup to run when it is dropped unfinished.
  if (flags & CO_GENERATOR && fn.code.exceptionTable.length > 0) noteCleanupGenerator();
  return g;
}

/** Runs module or class-body code with a namespace dict. */
export function executeCode(code: CodeObject, globals: PyDict, locals: PyDict | null): PyValue {
  const f = new Frame(code, globals, builtinsOf(globals), locals, null);
  return runFrame(f);
}

/** Runs a class body function with `ns` as its locals (used by `__build_class__`). */
export function runClassBody(fn: PyFunction, ns: PyDict): PyValue {
  const f = new Frame(fn.code, fn.globals, builtinsOf(fn.globals), ns, fn);
  if (fn.code.ncells > 0 || fn.code.nfrees > 0) initCells(f, fn);
  return runFrame(f);
}

/**
 * throw()/close() on a generator suspended inside `yield from` go to the subiterator first,
 * as in CPython. Returns a value the subiterator yielded (the delegator stays suspended), or
 * what to do next: the exception to raise in the delegator, or null to resume it normally.
 */
function forwardToSubiterator(f: Frame, exc: PyException): { yielded: PyValue } | { exc: PyException | null; value?: PyValue } {
  const bc = f.code.bytecode;
  const pc = f.pc;
  if (pc < 4 || bc[pc - 2] !== Op.YIELD_VALUE || bc[pc - 4] !== Op.SEND) return { exc };
  const sub = f.stack[f.sp - 1];
  try {
    if (exc.cls.isSubtype(excType("GeneratorExit"))) {
      if (sub instanceof PyGenerator) sub.close();
      else {
        const close = ops.getAttrOrUndefined(sub, "close");
        if (close !== undefined) ops.call(close, []);
      }
      return { exc };
    }
    if (sub instanceof PyGenerator) {
      const r = sub.throw(exc);
      return r === undefined ? { exc: null, value: sub.returnValue } : { yielded: r };
    }
    const thr = ops.getAttrOrUndefined(sub, "throw");
    if (thr === undefined) return { exc };
    return { yielded: ops.call(thr, [exc]) };
  } catch (e) {
    if (ops.isStopIteration(e)) return { exc: null, value: stopValue(e as PyException) };
    return { exc: toPyExc(e) };
  }
}

function resumeGenerator(gen: PyGenerator, value: PyValue | undefined, exc: PyException | null): PyValue | undefined {
  const f = gen.frame!;
  let r: PyValue;
  if (exc !== null) {
    const fwd = forwardToSubiterator(f, exc);
    if ("yielded" in fwd) return fwd.yielded;
    exc = fwd.exc;
    if (exc === null) value = fwd.value ?? None;
  }
  try {
    if (exc !== null) r = runFrame(f, exc, undefined);
    else r = runFrame(f, null, value);
  } catch (e) {
    gen.frame = null;
    if (ops.isStopIteration(e)) {
      const msg = gen.cls === coroutineType ? "coroutine raised StopIteration" : "generator raised StopIteration";
      const re = newException("RuntimeError", msg);
      re.cause = e as PyException;
      re.context = e as PyException;
      throw re;
    }
    throw e;
  }
  if (yielded) {
    yielded = false;
    return r;
  }
  gen.frame = null;
  gen.returnValue = r;
  return undefined;
}
setGenResume(resumeGenerator);
setInterpreterHooks({
  run: (f) => runFrame(f),
  builtins: (fn) => builtinsOf(fn.globals),
  unpack: unpackSequence,
  raisable: (v, cause) => {
    const exc = makeRaisable(v);
    if (cause !== undefined) setCause(exc, cause);
    return exc;
  },
  format: formatValue,
});
setBuiltinsLookup(builtinsOf);
ops.setPyCallHook(callFunction);

function unboundLocal(f: Frame, i: number): never {
  raise("UnboundLocalError", `cannot access local variable '${f.code.varnames[i]}' where it is not associated with a value`);
}

function unboundFree(f: Frame, i: number): never {
  const code = f.code;
  const idx = i - code.nlocals;
  if (idx < code.ncells) {
    raise("UnboundLocalError", `cannot access local variable '${code.cellvars[idx]}' where it is not associated with a value`);
  }
  raise("NameError", `cannot access free variable '${code.freevars[idx - code.ncells]}' where it is not associated with a value in enclosing scope`);
}

function nameError(name: string): never {
  const e = newException("NameError", `name '${name}' is not defined`);
  e.dict = new PyDict();
  e.dict.setStr("name", name);
  throw e;
}

function loadGlobalSlow(f: Frame, name: string): PyValue {
  const v = f.globals.getStr(name);
  if (v !== undefined) return v;
  const b = f.builtins.getStr(name);
  if (b !== undefined) return b;
  return nameError(name);
}

function loadName(f: Frame, name: string): PyValue {
  const l = f.locals;
  if (l !== null) {
    const v = l.getStr(name);
    if (v !== undefined) return v;
  }
  return loadGlobalSlow(f, name);
}

/** Calls `callable(*args, **kw)`; Python functions get a new frame pushed instead (returns undefined). */
function kwMap(names: PyTuple, values: PyValue[], start: number): Map<string, PyValue> {
  const kw = new Map<string, PyValue>();
  const n = names.items.length;
  for (let i = 0; i < n; i++) kw.set(names.items[i] as string, values[start + i]);
  return kw;
}

function callExArgs(fnName: () => string, argsV: PyValue, kwV: PyValue | undefined, copy: boolean): [PyValue[], Map<string, PyValue> | null] {
  let args: PyValue[];
  if (argsV instanceof PyTuple) args = copy ? argsV.items.slice() : argsV.items;
  else {
    try {
      args = ops.toArray(argsV);
    } catch (e) {
      if (e instanceof PyException && e.cls === excType("TypeError") && typeOf(argsV).lookup("__iter__") === undefined) {
        raise("TypeError", `${fnName()} argument after * must be an iterable, not ${typeOf(argsV).name}`);
      }
      throw e;
    }
  }
  let kw: Map<string, PyValue> | null = null;
  if (kwV !== undefined && kwV !== None) {
    kw = new Map();
    kwargsFromMapping(fnName, kwV, kw);
  }
  return [args, kw];
}

function funcName(f: PyValue): string {
  if (f instanceof PyFunction) return typeof f.module === "string" && f.module !== "builtins" ? `${f.module}.${f.qualname}()` : `${f.qualname}()`;
  if (f instanceof PyBuiltin) return `${f.name}()`;
  if (f instanceof PyMethod) return funcName(f.func);
  if (f instanceof PyType) {
    const mod = f.isHeap ? f.ns.get("__module__") : undefined;
    return typeof mod === "string" && mod !== "builtins" ? `${mod}.${f.qualname}()` : `${f.qualname}()`;
  }
  return `${typeOf(f).name} object`;
}

function addTraceback(e: PyException, f: Frame): void {
  const tb = e.traceback;
  const index = Math.max(0, (f.pc >> 1) - 1);
  const line = f.code.lineFor(index);
  const last = tb.length > 0 ? tb[tb.length - 1] : null;
  if (last !== null && (last as { frame?: Frame }).frame === f && last.lineno === line) return;
  tb.push({ filename: f.code.filename, name: f.code.name, lineno: line, frame: f, code: f.code, index } as never);
}

function toPyExc(e: unknown): PyException {
  if (e instanceof PyException) return e;
  const engine = engineErrorToPy(e);
  if (engine !== null) return engine;
  if (e instanceof Error && e.name === "PySyntaxErrorInfo") throw e;
  const msg = e instanceof Error ? e.message : String(e);
  return newException("SystemError", `taipan internal error: ${msg}`);
}

function buildMap(stack: PyValue[], sp: number, n: number): PyDict {
  const d = new PyDict();
  for (let i = sp - 2 * n; i < sp; i += 2) d.set(stack[i], stack[i + 1]);
  return d;
}

function dictMerge(target: PyDict, src: PyValue, fn: PyValue): void {
  const name = () => funcName(fn);
  const into = new Map<string, PyValue>();
  for (const [k] of target.entries()) into.set(k as string, None);
  kwargsFromMapping(name, src, into);
  const m = new Map<string, PyValue>();
  kwargsFromMapping(name, src, m);
  for (const [k, v] of m) target.setStr(k, v);
}

function dictUpdate(target: PyDict, src: PyValue): void {
  if (src instanceof PyDict) {
    for (const [k, v] of src.entries()) target.set(k, v);
    return;
  }
  const keys = ops.getAttrOrUndefined(src, "keys");
  if (keys === undefined) raise("TypeError", `'${typeOf(src).name}' object is not a mapping`);
  for (const k of ops.toArray(ops.call(keys, []))) target.set(k, ops.getItem(src, k));
}

function setUpdate(target: PyValue, src: PyValue): void {
  (target as PySet).update(src);
}

function buildSet(items: PyValue[]): PyValue {
  return makeSet(items);
}

function makeFunction(f: Frame, code: CodeObject, flags: number, stack: PyValue[], sp: number): [PyFunction, number] {
  const fn = new PyFunction(code, f.globals, code.name, code.qualname);
  if (flags & 0x08) fn.closure = (stack[--sp] as PyTuple).items as PyCell[];
  if (flags & 0x04) {
    const ann = stack[--sp];
    if (ann instanceof PyDict) fn.annotations = ann;
    else if (ann instanceof PyTuple) {
      const d = new PyDict();
      for (let i = 0; i + 1 < ann.items.length; i += 2) d.set(ann.items[i], ann.items[i + 1]);
      fn.annotations = d;
    }
  }
  if (flags & 0x02) fn.kwdefaults = stack[--sp] as PyDict;
  if (flags & 0x01) fn.defaults = (stack[--sp] as PyTuple).items;
  const doc = code.consts.length > 0 && code.docstring ? code.consts[0] : None;
  fn.doc = doc;
  const mod = f.globals.getStr("__name__");
  fn.module = mod === undefined ? None : mod;
  return [fn, sp];
}

/**
 * Runs `entry` (and every Python frame it calls) until `entry` returns or yields.
 * `throwIn` raises an exception at the resume point (generator.throw);
 * `sendIn` is pushed as the result of the YIELD_VALUE being resumed.
 */
export function runFrame(entry: Frame, throwIn: PyException | null = null, sendIn: PyValue | undefined = undefined): PyValue {
  const r = rt();
  const limit = r.recursionLimit;
  const jitThreshold = r.jitCallThreshold;
  const osrThreshold = r.jitOsrThreshold;
  if (r.depth >= limit + 50) recursionError();
  const savedFrame = currentFrame;
  const savedDepth = r.depth;
  entry.back = savedFrame;
  let f = entry;
  r.depth++;
  if (r.depth > limit) {
    r.depth = savedDepth;
    recursionError();
  }
  currentFrame = f;
  let code = f.code;
  let bc = code.quick;
  let consts = code.consts;
  let names = code.names;
  let fast = f.fast;
  let stack = f.stack;
  let sp = f.sp;
  let pc = f.pc;
  let pending: PyException | null = throwIn;
  if (sendIn !== undefined) stack[sp++] = sendIn;

  for (;;) {
    try {
      if (pending !== null) {
        const e = pending;
        pending = null;
        throw e;
      }
      for (;;) {
        const op = bc[pc];
        let arg = bc[pc + 1];
        pc += 2;
        switch (op) {
          case Op.NOP:
            break;
          case Op.POP_TOP:
            sp--;
            if (fin.live !== 0) afterPopTop(f, sp);
            break;
          // Superinstructions (vm/quicken.ts): run the first half, then fall through into the
          // second instruction's own case with its argument. The local reads stay written out:
          // a shared helper, inlined at every site, used up TurboFan's inlining budget and
          // pushed loadGlobal out of runFrame (nbody 9% slower).
          case Op.LOAD_FAST_LOAD_CONST:
          case Op.STORE_FAST_LOAD_CONST: {
            if (op === Op.STORE_FAST_LOAD_CONST) fast[arg] = stack[--sp];
            else {
              const v = fast[arg];
              if (v === undefined) {
                f.pc = pc;
                unboundLocal(f, arg);
              }
              stack[sp++] = v;
            }
            arg = bc[pc + 1];
            pc += 2;
          }
          // falls through
          case Op.LOAD_CONST:
            stack[sp++] = consts[arg];
            break;
          case Op.LOAD_FAST_LOAD_FAST:
          case Op.LOAD_CONST_LOAD_FAST:
          case Op.STORE_FAST_LOAD_FAST:
          case Op.LOAD_GLOBAL_LOAD_FAST: {
            if (op === Op.LOAD_GLOBAL_LOAD_FAST) {
              const v = ic.loadGlobal(code.caches, pc, f.globals, f.builtins, names[arg]);
              if (v === undefined) {
                f.pc = pc;
                nameError(names[arg]);
              }
              stack[sp++] = v;
            } else if (op === Op.LOAD_FAST_LOAD_FAST) {
              const v = fast[arg];
              if (v === undefined) {
                f.pc = pc;
                unboundLocal(f, arg);
              }
              stack[sp++] = v;
            } else if (op === Op.LOAD_CONST_LOAD_FAST) stack[sp++] = consts[arg];
            else fast[arg] = stack[--sp];
            arg = bc[pc + 1];
            pc += 2;
          }
          // falls through
          case Op.LOAD_FAST: {
            const v = fast[arg];
            if (v === undefined) {
              f.pc = pc;
              unboundLocal(f, arg);
            }
            stack[sp++] = v;
            break;
          }
          case Op.STORE_FAST_STORE_FAST:
            fast[arg] = stack[--sp];
            fast[bc[pc + 1]] = stack[--sp];
            pc += 2;
            break;
          case Op.FOR_ITER:
          case Op.FOR_ITER_STORE_FAST: {
            const it = stack[sp - 1];
            let v: PyValue | undefined;
            if (it instanceof PyRangeIterator) {
              const cur = it.cur;
              if (it.step > 0 ? cur < it.stop : cur > it.stop) {
                it.cur = cur + it.step;
                v = cur;
              } else v = undefined;
            } else if (it instanceof PyIterator) v = it.next();
            else {
              f.pc = pc;
              v = ops.iterNext(it);
            }
            if (v === undefined) {
              sp--;
              pc = arg * 2;
              break;
            }
            stack[sp++] = v;
            if (op === Op.FOR_ITER) break;
            arg = bc[pc + 1];
            pc += 2;
          }
          // falls through
          case Op.STORE_FAST:
            fast[arg] = stack[--sp];
            break;
          case Op.DELETE_FAST:
            if (fast[arg] === undefined) {
              f.pc = pc;
              unboundLocal(f, arg);
            }
            if (fin.live !== 0) deleteFast(f, arg, sp);
            fast[arg] = undefined;
            break;
          case Op.LOAD_DEREF: {
            const v = (fast[arg] as PyCell).value;
            if (v === undefined) unboundFree(f, arg);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_DEREF:
            (fast[arg] as PyCell).value = stack[--sp];
            break;
          case Op.DELETE_DEREF: {
            const c = fast[arg] as PyCell;
            if (c.value === undefined) unboundFree(f, arg);
            c.value = undefined;
            break;
          }
          case Op.LOAD_CLOSURE:
            stack[sp++] = fast[arg] as PyCell;
            break;
          case Op.LOAD_CLASSDEREF: {
            const idx = arg - code.nlocals;
            const name = idx < code.ncells ? code.cellvars[idx] : code.freevars[idx - code.ncells];
            const v = f.locals?.getStr(name);
            if (v !== undefined) stack[sp++] = v;
            else {
              const cv = (fast[arg] as PyCell).value;
              if (cv === undefined) unboundFree(f, arg);
              stack[sp++] = cv;
            }
            break;
          }
          case Op.LOAD_GLOBAL: {
            const v = ic.loadGlobal(code.caches, pc, f.globals, f.builtins, names[arg]);
            if (v === undefined) {
              f.pc = pc;
              nameError(names[arg]);
            }
            stack[sp++] = v;
            break;
          }
          case Op.STORE_GLOBAL:
            if (fin.live !== 0) noteDelete(f.globals, names[arg]);
            f.globals.setStr(names[arg], stack[--sp]);
            if (fin.live !== 0) afterNotedDelete(f, sp);
            break;
          case Op.DELETE_GLOBAL:
            if (fin.live !== 0) noteDelete(f.globals, names[arg]);
            if (f.globals.delete(names[arg]) === undefined) nameError(names[arg]);
            if (fin.live !== 0) afterNotedDelete(f, sp);
            break;
          case Op.LOAD_NAME:
            stack[sp++] = loadName(f, names[arg]);
            break;
          case Op.STORE_NAME:
            if (fin.live !== 0) noteDelete(f.locals ?? f.globals, names[arg]);
            (f.locals ?? f.globals).setStr(names[arg], stack[--sp]);
            if (fin.live !== 0) afterNotedDelete(f, sp);
            break;
          case Op.DELETE_NAME:
            if (fin.live !== 0) noteDelete(f.locals ?? f.globals, names[arg]);
            if ((f.locals ?? f.globals).delete(names[arg]) === undefined) nameError(names[arg]);
            if (fin.live !== 0) afterNotedDelete(f, sp);
            break;
          case Op.LOAD_FAST_LOAD_ATTR: {
            const v = fast[arg];
            if (v === undefined) {
              f.pc = pc;
              unboundLocal(f, arg);
            }
            stack[sp++] = v;
            arg = bc[pc + 1];
            pc += 2;
          }
          // falls through
          case Op.LOAD_ATTR: {
            const v = ic.loadAttr(code.caches, pc, stack[sp - 1], names[arg]);
            stack[sp - 1] = v;
            code.feedback[(pc >> 1) - 1] |= feedbackKind(v);
            break;
          }
          case Op.STORE_ATTR:
            ic.storeAttr(code.caches, pc, stack[sp - 1], names[arg], stack[sp - 2]);
            sp -= 2;
            break;
          case Op.DELETE_ATTR:
            ops.delAttr(stack[--sp], names[arg]);
            break;
          case Op.LOAD_METHOD: {
            const obj = stack[sp - 1];
            const m = ic.loadMethod(code.caches, pc, obj, names[arg], methodOut);
            stack[sp - 1] = m;
            stack[sp++] = methodOut.self as PyValue;
            break;
          }
          case Op.CALL_METHOD:
          case Op.CALL: {
            // Stack: callable, self-or-undefined (CALL_METHOD only), args...
            let base: number;
            let callable: PyValue;
            let argStart: number;
            let nargs = arg;
            if (op === Op.CALL_METHOD) {
              base = sp - arg - 2;
              callable = stack[base];
              if (stack[base + 1] !== undefined) {
                argStart = base + 1;
                nargs++;
              } else argStart = base + 2;
            } else {
              base = sp - arg - 1;
              callable = stack[base];
              argStart = base + 1;
            }
            if (callable instanceof PyMethod && callable.func instanceof PyFunction) {
              // Bound Python method: unpack into a direct frame push.
              const args = new Array<PyValue>(nargs + 1);
              args[0] = callable.self;
              for (let i = 0; i < nargs; i++) args[i + 1] = stack[argStart + i];
              callable = callable.func;
              sp = base;
              f.sp = sp;
              f.pc = pc;
              const fn = callable as PyFunction;
              const nf = makeFrame(fn, args, null);
              if (fn.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
                stack[sp++] = makeGenerator(nf, fn);
                break;
              }
              nf.back = f;
              if (++r.depth > r.recursionLimit) { r.depth--; recursionError(); }
              f = nf;
              currentFrame = f;
              code = f.code; bc = code.quick; consts = code.consts; names = code.names;
              fast = f.fast; stack = f.stack; sp = 0; pc = 0;
              break;
            }
            if (callable instanceof PyFunction) {
              const fcode = callable.code;
              f.pc = pc;
              if (++fcode.callCount >= jitThreshold) {
                f.sp = sp;
                const res = jitCall(callable, stack, argStart, nargs);
                if (res !== undefined) {
                  sp = base;
                  stack[sp++] = res;
                  break;
                }
              }
              let nf: Frame;
              if (fcode.fastCall && nargs === fcode.argcount) {
                nf = new Frame(fcode, callable.globals, callable.globals === f.globals ? f.builtins : builtinsOf(callable.globals), null, callable);
                const nfast = nf.fast;
                for (let i = 0; i < nargs; i++) nfast[i] = stack[argStart + i];
                sp = base;
              } else {
                const args = stack.slice(argStart, argStart + nargs);
                sp = base;
                f.sp = sp;
                nf = makeFrame(callable, args, null);
                if (fcode.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
                  stack[sp++] = makeGenerator(nf, callable);
                  break;
                }
              }
              f.sp = sp;
              nf.back = f;
              if (++r.depth > r.recursionLimit) { r.depth--; recursionError(); }
              f = nf;
              currentFrame = f;
              code = f.code; bc = code.quick; consts = code.consts; names = code.names;
              fast = f.fast; stack = f.stack; sp = 0; pc = 0;
              break;
            }
            if (callable instanceof PyType && callable.isHeap) {
              // cls(...) with object.__new__ and a Python __init__: run __init__ as a pushed frame.
              const init = initFor(callable);
              if (init !== null) {
                const obj = ops.allocInstance(callable);
                const args = new Array<PyValue>(nargs + 1);
                args[0] = obj;
                for (let i = 0; i < nargs; i++) args[i + 1] = stack[argStart + i];
                sp = base;
                f.sp = sp;
                f.pc = pc;
                const nf = makeFrame(init, args, null);
                nf.returnMode = ReturnMode.Init;
                nf.initSelf = obj;
                nf.back = f;
                if (++r.depth > r.recursionLimit) { r.depth--; recursionError(); }
                f = nf;
                currentFrame = f;
                code = f.code; bc = code.quick; consts = code.consts; names = code.names;
                fast = f.fast; stack = f.stack; sp = 0; pc = 0;
                break;
              }
            }
            const args = stack.slice(argStart, argStart + nargs);
            sp = base;
            f.sp = sp;
            f.pc = pc;
            stack[sp++] = ops.call(callable, args, null);
            break;
          }
          case Op.CALL_KW:
          case Op.CALL_EX: {
            let callable: PyValue, args: PyValue[], kw: Map<string, PyValue> | null;
            if (op === Op.CALL_KW) {
              // Stack: callable, args..., kwnames tuple. arg = total argument count (positional + keyword).
              const kwnames = stack[--sp] as PyTuple;
              const base = sp - arg - 1;
              const npos = arg - kwnames.items.length;
              callable = stack[base];
              args = stack.slice(base + 1, base + 1 + npos);
              kw = kwMap(kwnames, stack, base + 1 + npos);
              sp = base;
              f.sp = sp;
              f.pc = pc;
            } else {
              // Stack: callable, args iterable, [kwargs mapping if arg & 1].
              const kwV = arg & 1 ? stack[--sp] : undefined;
              const argsV = stack[--sp];
              const fn = stack[--sp];
              callable = fn;
              f.sp = sp;
              f.pc = pc;
              [args, kw] = callExArgs(() => funcName(fn), argsV, kwV, (arg & 2) !== 0);
            }
            const nf = frameForCall(callable, args, kw);
            if (nf === null) {
              stack[sp++] = ops.call(callable, args, kw);
              break;
            }
            // A Python callee runs as a pushed frame, so recursion through keyword and star-arg
            // calls (decorator wrappers) is bounded by the recursion limit, not by the JS stack.
            nf.back = f;
            if (++r.depth > r.recursionLimit) { r.depth--; recursionError(); }
            f = nf;
            currentFrame = f;
            code = f.code; bc = code.quick; consts = code.consts; names = code.names;
            fast = f.fast; stack = f.stack; sp = 0; pc = 0;
            break;
          }
          case Op.LOAD_FAST_BINARY_OP:
          case Op.LOAD_CONST_BINARY_OP: {
            if (op === Op.LOAD_CONST_BINARY_OP) stack[sp++] = consts[arg];
            else {
              const v = fast[arg];
              if (v === undefined) {
                f.pc = pc;
                unboundLocal(f, arg);
              }
              stack[sp++] = v;
            }
            arg = bc[pc + 1];
            pc += 2;
          }
          // falls through
          case Op.BINARY_OP:
          case Op.BINARY_OP_STORE_FAST:
          case Op.BINARY_OP_LOAD_FAST: {
            const b = stack[--sp];
            const a = stack[sp - 1];
            let x: PyValue | undefined;
            if (typeof a === "number" && typeof b === "number") {
              const bop = arg & 15;
              const n = bop === 0 ? a + b : bop === 1 ? a - b : bop === 2 ? a * b + 0 : NaN;
              if (n <= 9007199254740991 && n >= -9007199254740991) x = n;
            }
            if (x === undefined) x = arg >= 16 ? ops.inplaceOp(arg - 16, a, b) : ops.binaryOp(arg, a, b);
            if (op === Op.BINARY_OP_STORE_FAST) {
              sp--;
              fast[bc[pc + 1]] = x;
              pc += 2;
            } else if (op === Op.BINARY_OP_LOAD_FAST) {
              stack[sp - 1] = x;
              pc += 2;
              const v = fast[bc[pc - 1]];
              if (v === undefined) {
                f.pc = pc;
                unboundLocal(f, bc[pc - 1]);
              }
              stack[sp++] = v;
            } else stack[sp - 1] = x;
            break;
          }
          case Op.LOAD_FAST_COMPARE_OP:
          case Op.LOAD_CONST_COMPARE_OP: {
            if (op === Op.LOAD_CONST_COMPARE_OP) stack[sp++] = consts[arg];
            else {
              const v = fast[arg];
              if (v === undefined) {
                f.pc = pc;
                unboundLocal(f, arg);
              }
              stack[sp++] = v;
            }
            arg = bc[pc + 1];
            pc += 2;
          }
          // falls through
          case Op.COMPARE_OP:
          case Op.COMPARE_OP_POP_JUMP_IF_TRUE:
          case Op.COMPARE_OP_POP_JUMP_IF_FALSE: {
            const b = stack[--sp];
            const a = stack[sp - 1];
            if (typeof a === "number" && typeof b === "number") {
              stack[sp - 1] = arg === 0 ? a < b : arg === 1 ? a <= b : arg === 2 ? a === b : arg === 3 ? a !== b : arg === 4 ? a > b : a >= b;
            } else stack[sp - 1] = ops.compareOp(arg, a, b);
            if (op === Op.COMPARE_OP_POP_JUMP_IF_TRUE) {
              const v = stack[--sp];
              pc += 2;
              if (v === true || (v !== false && ops.isTrue(v))) pc = bc[pc - 1] * 2;
              break;
            }
            if (op !== Op.COMPARE_OP_POP_JUMP_IF_FALSE) break;
            arg = bc[pc + 1];
            pc += 2;
          }
          // falls through
          case Op.POP_JUMP_IF_FALSE: {
            const v = stack[--sp];
            if (v === false || (v !== true && !ops.isTrue(v))) pc = arg * 2;
            break;
          }
          case Op.IS_OP:
          case Op.IS_OP_POP_JUMP_IF_FALSE:
          case Op.IS_OP_POP_JUMP_IF_TRUE: {
            const b = stack[--sp];
            const a = stack[sp - 1];
            const same = a === b || (a instanceof PyFloat && b instanceof PyFloat && a === b);
            const res = arg ? !same : same;
            if (op === Op.IS_OP) stack[sp - 1] = res;
            else {
              sp--;
              pc += 2;
              if (res === (op === Op.IS_OP_POP_JUMP_IF_TRUE)) pc = bc[pc - 1] * 2;
            }
            break;
          }
          case Op.CONTAINS_OP:
          case Op.CONTAINS_OP_POP_JUMP_IF_FALSE:
          case Op.CONTAINS_OP_POP_JUMP_IF_TRUE: {
            const container = stack[--sp];
            const r2 = ops.contains(container, stack[sp - 1]);
            const res = arg ? !r2 : r2;
            if (op === Op.CONTAINS_OP) stack[sp - 1] = res;
            else {
              sp--;
              pc += 2;
              if (res === (op === Op.CONTAINS_OP_POP_JUMP_IF_TRUE)) pc = bc[pc - 1] * 2;
            }
            break;
          }
          case Op.UNARY_NEGATIVE:
            stack[sp - 1] = ops.neg(stack[sp - 1]);
            break;
          case Op.UNARY_POSITIVE:
            stack[sp - 1] = ops.pos(stack[sp - 1]);
            break;
          case Op.UNARY_NOT:
            stack[sp - 1] = !ops.isTrue(stack[sp - 1]);
            break;
          case Op.UNARY_INVERT:
            stack[sp - 1] = ops.invert(stack[sp - 1]);
            break;
          case Op.LOAD_FAST_BINARY_SUBSCR:
          case Op.LOAD_CONST_BINARY_SUBSCR: {
            if (op === Op.LOAD_CONST_BINARY_SUBSCR) stack[sp++] = consts[arg];
            else {
              const v = fast[arg];
              if (v === undefined) {
                f.pc = pc;
                unboundLocal(f, arg);
              }
              stack[sp++] = v;
            }
            pc += 2;
          }
          // falls through
          case Op.BINARY_SUBSCR:
          case Op.BINARY_SUBSCR_STORE_FAST: {
            const k = stack[--sp];
            const c = stack[sp - 1];
            let v: PyValue | undefined;
            if (typeof k === "number" && c instanceof PyList && c.cls === listType) {
              const items = c.items;
              v = items[k < 0 ? k + items.length : k];
            }
            if (v === undefined) v = ops.getItem(c, k);
            code.feedback[(pc >> 1) - 1] |= typeof v === "number" ? FB_INT : v instanceof PyFloat ? FB_FLOAT : feedbackKind(v);
            if (op === Op.BINARY_SUBSCR_STORE_FAST) {
              sp--;
              fast[bc[pc + 1]] = v;
              pc += 2;
            } else stack[sp - 1] = v;
            break;
          }
          case Op.STORE_SUBSCR: {
            // Stack: value, container, key.
            ops.setItem(stack[sp - 2], stack[sp - 1], stack[sp - 3]);
            sp -= 3;
            break;
          }
          case Op.DELETE_SUBSCR: {
            const k = stack[--sp];
            ops.delItem(stack[--sp], k);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? stack[--sp] : None;
            const stop = stack[--sp];
            const start = stack[--sp];
            stack[sp++] = new PySlice(start, stop, step);
            break;
          }
          case Op.BUILD_TUPLE: {
            const items = stack.slice(sp - arg, sp);
            sp -= arg;
            stack[sp++] = newTuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = stack.slice(sp - arg, sp);
            sp -= arg;
            stack[sp++] = new PyList(items);
            break;
          }
          case Op.BUILD_SET: {
            const items = stack.slice(sp - arg, sp);
            sp -= arg;
            stack[sp++] = buildSet(items);
            break;
          }
          case Op.BUILD_MAP: {
            const d = buildMap(stack, sp, arg);
            sp -= 2 * arg;
            stack[sp++] = d;
            break;
          }
          case Op.BUILD_STRING: {
            let s = "";
            for (let i = sp - arg; i < sp; i++) s += stack[i] as string;
            sp -= arg;
            stack[sp++] = s;
            break;
          }
          case Op.LIST_APPEND: {
            const v = stack[--sp];
            (stack[sp - arg] as PyList).items.push(v);
            break;
          }
          case Op.SET_ADD: {
            const v = stack[--sp];
            (stack[sp - arg] as PySet).add(v);
            break;
          }
          case Op.MAP_ADD: {
            const v = stack[--sp];
            const k = stack[--sp];
            (stack[sp - arg] as PyDict).set(k, v);
            break;
          }
          case Op.LIST_EXTEND: {
            const v = stack[--sp];
            const l = stack[sp - arg] as PyList;
            if (v instanceof PyList || v instanceof PyTuple) pushAll(l.items, v.items);
            else {
              if (ops.getIterOrNull(v) === null) raise("TypeError", `Value after * must be an iterable, not ${typeOf(v).name}`);
              pushAll(l.items, ops.toArray(v));
            }
            break;
          }
          case Op.SET_UPDATE: {
            const v = stack[--sp];
            setUpdate(stack[sp - arg], v);
            break;
          }
          case Op.DICT_UPDATE: {
            const v = stack[--sp];
            dictUpdate(stack[sp - arg] as PyDict, v);
            break;
          }
          case Op.DICT_MERGE: {
            const v = stack[--sp];
            dictMerge(stack[sp - arg] as PyDict, v, stack[sp - arg - 2]);
            break;
          }
          case Op.LIST_TO_TUPLE:
            stack[sp - 1] = newTuple((stack[sp - 1] as PyList).items);
            break;
          case Op.UNPACK_SEQUENCE: {
            const items = unpackSequence(stack[--sp], arg);
            for (let i = arg - 1; i >= 0; i--) stack[sp++] = items[i];
            break;
          }
          case Op.UNPACK_EX: {
            const items = unpackEx(stack[--sp], arg & 0xff, arg >> 8);
            for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
            break;
          }
          case Op.FORMAT_VALUE: {
            const spec = arg & 4 ? (stack[--sp] as string) : "";
            stack[sp - 1] = formatValue(stack[sp - 1], arg & 3, spec);
            break;
          }
          case Op.GET_ITER: {
            const v = stack[sp - 1];
            if (v instanceof PyRange && !v.cls.isHeap) stack[sp - 1] = v.iter();
            else stack[sp - 1] = ops.getIter(v);
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack[--sp];
            if (v === true || (v !== false && ops.isTrue(v))) pc = arg * 2;
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
            if (!ops.isTrue(stack[sp - 1])) pc = arg * 2;
            else sp--;
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
            if (ops.isTrue(stack[sp - 1])) pc = arg * 2;
            else sp--;
            break;
          case Op.POP_JUMP_IF_NONE:
            if (stack[--sp] === None) pc = arg * 2;
            break;
          case Op.POP_JUMP_IF_NOT_NONE:
            if (stack[--sp] !== None) pc = arg * 2;
            break;
          case Op.JUMP: {
            const target = arg * 2;
            if (target >= pc || ++code.backedgeCount < osrThreshold) {
              pc = target;
              break;
            }
            // A hot loop: continue it in compiled code (on-stack replacement).
            f.pc = target;
            f.sp = sp;
            let res: PyValue | typeof RESUMED | undefined;
            try {
              res = jitOsr(f);
            } catch (e) {
              // The compiled loop set f.pc to the instruction that raised: report that line.
              pc = f.pc;
              throw e;
            }
            if (res === undefined) {
              pc = target;
              break;
            }
            pc = f.pc;
            sp = f.sp;
            if (res === RESUMED) break;
            stack[sp++] = res;
          }
          // falls through: the compiled loop ran the function to its return
          case Op.RETURN_VALUE: {
            let rv = stack[--sp];
            if (fin.live !== 0) afterReturn(f, rv);
            r.depth--;
            if (f === entry) {
              f.sp = sp;
              f.pc = pc;
              currentFrame = savedFrame;
              r.depth = savedDepth;
              return rv;
            }
            if (f.returnMode === ReturnMode.Init) {
              if (rv !== None) raise("TypeError", `__init__() should return None, not '${typeOf(rv).name}'`);
              rv = f.initSelf!;
            }
            f = f.back!;
            currentFrame = f;
            code = f.code; bc = code.quick; consts = code.consts; names = code.names;
            fast = f.fast; stack = f.stack; sp = f.sp; pc = f.pc;
            stack[sp++] = rv;
            break;
          }
          case Op.YIELD_VALUE: {
            const v = stack[--sp];
            f.sp = sp;
            f.pc = pc;
            r.depth = savedDepth;
            currentFrame = savedFrame;
            yielded = true;
            return v;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = stack[sp - 1];
            if (!(v instanceof PyGenerator)) stack[sp - 1] = ops.getIter(v);
            break;
          }
          case Op.GET_AWAITABLE: {
            const v = stack[sp - 1];
            if (!(v instanceof PyGenerator && v.cls === coroutineType)) {
              const aw = typeOf(v).lookup("__await__");
              if (aw === undefined) raise("TypeError", `object ${typeOf(v).name} can't be used in 'await' expression`);
              stack[sp - 1] = ops.call(aw, [v]);
            }
            break;
          }
          case Op.SEND: {
            // Stack: subiterator, value to send. On yield: push the yielded value (stays at this
            // SEND via the compiler's loop); on return: pop both, push return value, jump to arg.
            const v = stack[--sp];
            const sub = stack[sp - 1];
            f.pc = pc;
            let out: PyValue | undefined;
            let retv: PyValue = None;
            if (sub instanceof PyGenerator) {
              out = sub.send(v);
              if (out === undefined) retv = sub.returnValue;
            } else if (v === None) {
              out = ops.iterNext(sub);
              // Builtin iterators end without a value: `yield from` them gives None.
              if (out === undefined) retv = None;
            } else {
              try {
                out = ops.callMethod(sub, "send", [v]);
              } catch (e) {
                if (!ops.isStopIteration(e)) throw e;
                out = undefined;
                retv = stopValue(e as PyException);
              }
            }
            if (out === undefined) {
              stack[sp - 1] = retv;
              pc = arg * 2;
            } else stack[sp++] = out;
            break;
          }
          case Op.MAKE_FUNCTION: {
            const fcode = stack[--sp] as unknown as CodeObject;
            const [fn, nsp] = makeFunction(f, fcode, arg, stack, sp);
            sp = nsp;
            stack[sp++] = fn;
            break;
          }
          case Op.LOAD_BUILD_CLASS:
            stack[sp++] = buildClassBuiltin;
            break;
          case Op.IMPORT_NAME: {
            const fromlist = stack[--sp];
            const level = stack[sp - 1] as number;
            f.pc = pc;
            stack[sp - 1] = importName(names[arg], fromlist, level, f.globals);
            break;
          }
          case Op.IMPORT_FROM:
            stack[sp] = importFrom(stack[sp - 1], names[arg]);
            sp++;
            break;
          case Op.IMPORT_STAR:
            importStar(stack[--sp], f.locals ?? f.globals);
            break;
          case Op.RAISE_VARARGS: {
            f.pc = pc;
            if (arg === 0) {
              const h = currentHandled(f);
              if (h === null) raise("RuntimeError", "No active exception to reraise");
              throw h;
            }
            const cause = arg === 2 ? stack[--sp] : undefined;
            const exc = makeRaisable(stack[--sp]);
            if (cause !== undefined) setCause(exc, cause);
            throw exc;
          }
          case Op.PUSH_EXC_INFO: {
            // Stack: exc → previous handled exception (or None), exc.
            const exc = stack[sp - 1] as PyException;
            stack[sp - 1] = f.handling ?? None;
            stack[sp++] = exc;
            f.handling = exc;
            break;
          }
          case Op.POP_EXCEPT: {
            const prev = stack[--sp];
            f.handling = prev === None ? null : (prev as PyException);
            break;
          }
          case Op.RERAISE: {
            const exc = stack[--sp] as PyException;
            if (arg) f.pc = (stack[--sp] as number) * 2 + 2;
            else f.pc = pc;
            pc = f.pc;
            reraising = true;
            throw exc;
          }
          case Op.CHECK_EXC_MATCH: {
            const spec = stack[sp - 1];
            stack[sp - 1] = exceptionMatches(stack[sp - 2] as PyException, spec);
            break;
          }
          case Op.BEFORE_WITH: {
            const mgr = stack[sp - 1];
            const t = typeOf(mgr);
            const enter = t.lookup("__enter__");
            const exit = t.lookup("__exit__");
            if (enter === undefined || exit === undefined) {
              raise("TypeError", `'${t.name}' object does not support the context manager protocol${enter !== undefined ? " (missed __exit__ method)" : ""}`);
            }
            stack[sp - 1] = new PyMethod(exit, mgr);
            f.pc = pc;
            stack[sp++] = ops.call(enter, [mgr]);
            break;
          }
          case Op.WITH_EXCEPT_START: {
            // Stack: exit, prev_exc, exc.
            const exc = stack[sp - 1] as PyException;
            const exit = stack[sp - 3];
            f.pc = pc;
            stack[sp++] = ops.call(exit, [exc.cls, exc, None]);
            break;
          }
          case Op.LOAD_ASSERTION_ERROR:
            stack[sp++] = excType("AssertionError");
            break;
          case Op.SETUP_ANNOTATIONS: {
            const ns = f.locals ?? f.globals;
            if (ns.getStr("__annotations__") === undefined) ns.setStr("__annotations__", new PyDict());
            break;
          }
          case Op.PRINT_EXPR: {
            const v = stack[--sp];
            if (v !== None) {
              f.globals.setStr("_", v);
              r.stdout(ops.repr(v) + "\n");
            }
            break;
          }
          case Op.COPY:
            stack[sp] = stack[sp - arg];
            sp++;
            break;
          case Op.COPY_COPY:
            stack[sp] = stack[sp - arg];
            sp++;
            stack[sp] = stack[sp - bc[pc + 1]];
            sp++;
            pc += 2;
            break;
          case Op.SWAP:
          case Op.SWAP_SWAP: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - arg];
            stack[sp - arg] = t;
            if (op === Op.SWAP_SWAP) {
              const a2 = bc[pc + 1];
              const t2 = stack[sp - 1];
              stack[sp - 1] = stack[sp - a2];
              stack[sp - a2] = t2;
              pc += 2;
            }
            break;
          }
          case Op.GET_LEN:
            stack[sp] = ops.len(stack[sp - 1]);
            sp++;
            break;
          case Op.MATCH_MAPPING:
            stack[sp] = isMapping(stack[sp - 1]);
            sp++;
            break;
          case Op.MATCH_SEQUENCE:
            stack[sp] = isSequence(stack[sp - 1]);
            sp++;
            break;
          case Op.MATCH_KEYS: {
            stack[sp] = matchKeys(stack[sp - 2], stack[sp - 1] as PyTuple);
            sp++;
            break;
          }
          case Op.POP_ITER: {
            const it = stack[--sp];
            if (arg && it instanceof PyGenerator && it.frame !== null && !it.running) {
              f.sp = sp;
              f.pc = pc;
              it.close();
            }
            break;
          }
          case Op.MATCH_CLASS: {
            const kwnames = stack[--sp] as PyTuple;
            const cls = stack[--sp];
            const subject = stack[sp - 1];
            stack[sp - 1] = matchClass(subject, cls, arg, kwnames);
            break;
          }
          default:
            throw new Error(`unknown opcode ${op} at ${pc - 2} in ${code.name}`);
        }
      }
    } catch (err) {
      // Unwind: find a handler in this frame or its callers up to the entry frame.
      const exc = toPyExc(err);
      const isReraise = reraising;
      reraising = false;
      f.pc = pc;
      for (;;) {
        if (!isReraise || f !== currentFrame) addTraceback(exc, f);
        if (!isReraise && exc.context === None && f.handling !== null && f.handling !== exc) {
          exc.context = f.handling;
        }
        const h = f.code.findHandler(Math.max(0, (f.pc >> 1) - 1));
        if (h !== null) {
          stack = f.stack;
          sp = h.depth;
          if (h.lasti) stack[sp++] = (f.pc >> 1) - 1;
          stack[sp++] = exc;
          code = f.code; bc = code.quick; consts = code.consts; names = code.names;
          fast = f.fast;
          pc = h.target * 2;
          currentFrame = f;
          break;
        }
        r.depth--;
        if (f === entry) {
          currentFrame = savedFrame;
          r.depth = savedDepth;
          throw exc;
        }
        f = f.back!;
      }
    }
  }
}

let reraising = false;

/** The JIT feedback bit for a value (jit/feedback.ts). */
function feedbackKind(v: PyValue): number {
  return typeof v === "number" ? FB_INT : v instanceof PyFloat ? FB_FLOAT : typeof v === "boolean" ? FB_BOOL : FB_OTHER;
}

function currentHandled(f: Frame): PyException | null {
  for (let fr: Frame | null = f; fr !== null; fr = fr.back) if (fr.handling !== null) return fr.handling;
  return null;
}

/** The exception being handled in the innermost frame (sys.exc_info()). */
export function currentException(): PyException | null {
  return currentFrame === null ? null : currentHandled(currentFrame);
}

function stopValue(e: PyException): PyValue {
  return e.args.length > 0 ? e.args[0] : None;
}

/**
 * The frame to push for `callable(*args, **kw)` when the callee is Python code the loop can run
 * itself (a function, a bound method of one, or a class whose __init__ is one), else null.
 * Generators and coroutines return null: calling them only creates the generator object.
 */
function frameForCall(callable: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): Frame | null {
  let fn: PyFunction;
  if (callable instanceof PyFunction) fn = callable;
  else if (callable instanceof PyMethod && callable.func instanceof PyFunction) {
    fn = callable.func;
    args = prepend(callable.self, args);
  } else if (callable instanceof PyType && callable.isHeap) {
    const init = initFor(callable);
    if (init === null) return null;
    const obj = ops.allocInstance(callable);
    const nf = makeFrame(init, prepend(obj, args), kw);
    nf.returnMode = ReturnMode.Init;
    nf.initSelf = obj;
    return nf;
  } else return null;
  if (fn.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) return null;
  fn.code.callCount++;
  return makeFrame(fn, args, kw);
}

/** `[first, ...rest]` without touching `rest` (it may be a tuple's own items). */
function prepend(first: PyValue, rest: PyValue[]): PyValue[] {
  const out = new Array<PyValue>(rest.length + 1);
  out[0] = first;
  for (let i = 0; i < rest.length; i++) out[i + 1] = rest[i];
  return out;
}

/** The Python `__init__` to run for `cls(...)` when `cls` uses object.__new__ and the default metaclass call. */
function initFor(cls: PyType): PyFunction | null {
  if (cls.cls !== typeType && cls.cls.lookup("__call__") !== typeType.ns.get("__call__")) return null;
  if (cls.lookup("__new__") !== ops.objectNew) return null;
  const init = cls.lookup("__init__");
  if (!(init instanceof PyFunction) || (init.code.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR))) return null;
  return init;
}

const buildClassBuiltin = new PyBuiltin("__build_class__", (args, kw) => buildClass(args, kw));

function isMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true;
  const t = typeOf(v);
  return t.isHeap && t.lookup("keys") !== undefined && t.lookup("__getitem__") !== undefined && !(v instanceof PyList || v instanceof PyTuple);
}

function isSequence(v: PyValue): boolean {
  if (typeof v === "string" || v instanceof PyDict) return false;
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return true;
  const t = typeOf(v);
  if (t.name === "str" || t.name === "bytes" || t.name === "bytearray") return false;
  return t.lookup("__getitem__") !== undefined && t.lookup("__len__") !== undefined && t.lookup("keys") === undefined;
}

function matchKeys(subject: PyValue, keys: PyTuple): PyValue {
  const out: PyValue[] = [];
  const get = ops.getAttrOrUndefined(subject, "get");
  for (const k of keys.items) {
    let v: PyValue | undefined;
    if (subject instanceof PyDict && !subject.cls.isHeap) v = subject.get(k);
    else if (get !== undefined) {
      const marker = sentinel;
      const got = ops.call(get, [k, marker]);
      v = got === marker ? undefined : got;
    }
    if (v === undefined) return None;
    out.push(v);
  }
  return newTuple(out);
}

const sentinel = new PyList([]);

function matchClass(subject: PyValue, cls: PyValue, nargs: number, kwnames: PyTuple): PyValue {
  if (!(cls instanceof PyType)) raise("TypeError", "called match pattern must be a class");
  if (!ops.isInstance(subject, cls)) return None;
  const out: PyValue[] = [];
  if (nargs > 0) {
    const matchArgs = cls.lookup("__match_args__");
    const selfMatch = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"].includes(cls.name) && !cls.isHeap;
    if (matchArgs === undefined) {
      if (!selfMatch) raise("TypeError", `${cls.name}() accepts 0 positional sub-patterns (${nargs} given)`);
      if (nargs > 1) raise("TypeError", `${cls.name}() accepts 1 positional sub-pattern (${nargs} given)`);
      out.push(subject);
    } else {
      if (!(matchArgs instanceof PyTuple)) raise("TypeError", `${cls.name}.__match_args__ must be a tuple (got ${typeOf(matchArgs).name})`);
      if (nargs > matchArgs.items.length) {
        raise("TypeError", `${cls.name}() accepts ${matchArgs.items.length} positional sub-pattern${matchArgs.items.length === 1 ? "" : "s"} (${nargs} given)`);
      }
      for (let i = 0; i < nargs; i++) {
        const v = ops.getAttrOrUndefined(subject, matchArgs.items[i] as string);
        if (v === undefined) return None;
        out.push(v);
      }
    }
  }
  for (const k of kwnames.items) {
    const v = ops.getAttrOrUndefined(subject, k as string);
    if (v === undefined) return None;
    out.push(v);
  }
  return newTuple(out);
}

export { PyTuple };

// Frame access for builtins that need the running frame.
setSuperResolver(() => {
  const f = currentFrame;
  if (f === null || f.func === null) raise("RuntimeError", "super(): no arguments");
  const code = f.code;
  if (code.argcount === 0 && !(code.flags & 0x04)) raise("RuntimeError", "super(): no arguments");
  const ci = code.freevars.indexOf("__class__");
  if (ci < 0) raise("RuntimeError", "super(): __class__ cell not found");
  const cell = f.fast[code.nlocals + code.ncells + ci] as PyCell;
  const cls = cell.value;
  if (!(cls instanceof PyType)) raise("RuntimeError", "super(): empty __class__ cell");
  if (code.argcount === 0 && !(code.flags & 0x04)) raise("RuntimeError", "super(): no arguments");
  let self = f.fast[0];
  const cellIdx = code.cell2arg.indexOf(0);
  if (cellIdx >= 0) self = (f.fast[code.nlocals + cellIdx] as PyCell).value;
  if (self === undefined) raise("RuntimeError", "super(): arg[0] deleted");
  return [cls, self];
});

setFrameAccessors({
  globals: () => {
    if (currentFrame === null) raise("RuntimeError", "no frame");
    return currentFrame.globals;
  },
  locals: () => {
    const f = currentFrame;
    if (f === null) raise("RuntimeError", "no frame");
    if (f.locals !== null) return f.locals;
    const d = new PyDict();
    const code = f.code;
    code.varnames.forEach((n, i) => {
      const v = f.fast[i];
      if (v !== undefined) d.setStr(n, v);
    });
    [...code.cellvars, ...code.freevars].forEach((n, i) => {
      const c = f.fast[code.nlocals + i];
      if (c instanceof PyCell && c.value !== undefined) d.setStr(n, c.value);
    });
    return d;
  },
});

setExcInfoHook(() => {
  const e = currentException();
  return e === null ? newTuple([None, None, None]) : newTuple([e.cls, e, ops.getAttr(e, "__traceback__")]);
});
