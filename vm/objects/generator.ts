// Generators and coroutines: a suspended frame resumed by next/send/throw/close.
import { None, type PyValue, type PyType } from "./object.js";
import { PyIterator, makeIteratorType, notIterableTypes } from "./iterator.js";
import { PyException, newException, excType } from "./exception.js";
import { defMethod, defGetSet } from "./function.js";
import { PyTuple } from "./tuple.js";
import { raise } from "../raise.js";
import type { Frame } from "../frame.js";

/** `generator`. */
export const generatorType: PyType = makeIteratorType("generator");
/** `coroutine`. */
export const coroutineType: PyType = makeIteratorType("coroutine");

/**
 * Resumes a generator frame with a sent value (undefined on the first resume) or a thrown exception. Returns the yielded
 * value, or undefined when the frame returned (its return value is then in `gen.returnValue`).
 * Installed by the interpreter.
 */
export type GenResume = (gen: PyGenerator, value: PyValue | undefined, exc: PyException | null) => PyValue | undefined;

let resume: GenResume = () => {
  throw new Error("interpreter not initialised");
};

/** Installs the interpreter's generator resume function. */
export function setGenResume(f: GenResume): void {
  resume = f;
}

/** A generator (or coroutine) object. */
export class PyGenerator extends PyIterator {
  /** The suspended frame; null once finished. */
  frame: Frame | null;
  /** True while the frame runs (re-entry raises ValueError). */
  running: boolean;
  /** True before the first resume. */
  fresh: boolean;
  /** The value of the last `return` (for `yield from` and StopIteration.value). */
  returnValue: PyValue;
  /** `__name__`. */
  name: string;
  /** `__qualname__`. */
  qualname: string;
  constructor(frame: Frame, name: string, qualname: string, cls: PyType = generatorType) {
    super(cls);
    this.frame = frame;
    this.running = false;
    this.fresh = true;
    this.returnValue = None;
    this.name = name;
    this.qualname = qualname;
  }

  /** Iterator protocol: the next yielded value, or undefined when exhausted. */
  override next(): PyValue | undefined {
    return this.send(None);
  }

  /** `gen.send(v)` returning undefined on exhaustion (return value in `returnValue`). */
  send(v: PyValue): PyValue | undefined {
    if (this.frame === null) {
      this.returnValue = None;
      return undefined;
    }
    if (this.fresh && v !== None) raise("TypeError", "can't send non-None value to a just-started generator");
    return this.enter(v, null);
  }

  /** `gen.throw(exc)` returning undefined on exhaustion. */
  throw(exc: PyException): PyValue | undefined {
    if (this.frame === null) throw exc;
    return this.enter(None, exc);
  }

  private enter(v: PyValue, exc: PyException | null): PyValue | undefined {
    if (this.running) raise("ValueError", "generator already executing");
    this.running = true;
    const first = this.fresh;
    this.fresh = false;
    try {
      return resume(this, first ? undefined : v, exc);
    } finally {
      this.running = false;
    }
  }

  /** `gen.close()`. */
  close(): void {
    if (this.frame === null) return;
    if (this.fresh) {
      this.frame = null;
      return;
    }
    const r = this.throwCatching(newException("GeneratorExit"));
    if (r !== undefined) raise("RuntimeError", "generator ignored GeneratorExit");
  }

  private throwCatching(exc: PyException): PyValue | undefined {
    try {
      return this.throw(exc);
    } catch (e) {
      if (e instanceof PyException && (e.cls.isSubtype(excType("GeneratorExit")) || e.cls.isSubtype(excType("StopIteration")))) return undefined;
      throw e;
    }
  }
}

function stopWith(value: PyValue): never {
  throw newException("StopIteration", value === None ? undefined : value);
}

function asGen(v: PyValue): PyGenerator {
  if (!(v instanceof PyGenerator)) raise("TypeError", "descriptor requires a 'generator' object");
  return v;
}

function throwArg(args: PyValue[]): PyException {
  const t = args[1];
  if (t instanceof PyException) return t;
  if (t instanceof Object && "isSubtype" in t && (t as PyType).isSubtype(excType("BaseException"))) {
    const v = args.length > 2 ? args[2] : None;
    // throw(type, value): a value that already is an instance of type is thrown as it is.
    if (v instanceof PyException && v.cls.isSubtype(t as PyType)) return v;
    if (v === None) {
      const e = newException(t as PyType);
      return e;
    }
    const e = newException(t as PyType);
    e.args = v instanceof PyTuple ? v.items.slice() : [v];
    return e;
  }
  raise("TypeError", "exceptions must be classes or instances deriving from BaseException, not " + (t as { cls?: PyType }).cls?.name);
}

for (const t of [generatorType, coroutineType]) {
  defMethod(t, "send", (args) => {
    const g = asGen(args[0]);
    const r = g.send(args[1] ?? None);
    if (r === undefined) stopWith(g.returnValue);
    return r;
  });
  defMethod(t, "throw", (args) => {
    const g = asGen(args[0]);
    const r = g.throw(throwArg(args));
    if (r === undefined) stopWith(g.returnValue);
    return r;
  });
  defMethod(t, "close", (args) => {
    asGen(args[0]).close();
    return None;
  });
  defGetSet(t, "__name__", (s) => asGen(s).name);
  defGetSet(t, "__qualname__", (s) => asGen(s).qualname);
  defGetSet(t, "gi_running", (s) => asGen(s).running);
  defGetSet(t, "gi_frame", (s) => (asGen(s).frame === null ? None : None));
}
defMethod(generatorType, "__next__", (args) => {
  const g = asGen(args[0]);
  const r = g.next();
  if (r === undefined) stopWith(g.returnValue);
  return r;
});
defMethod(generatorType, "__iter__", (args) => args[0]);
defMethod(coroutineType, "__await__", (args) => args[0]);

// ----------------------------------------------------------------------------- async with / async for helpers

import { PyBuiltin } from "./function.js";
import { typeOf } from "./object.js";
import { newTuple } from "./tuple.js";
import { call } from "../ops.js";
import { PyMethod } from "./function.js";

/** BEFORE_ASYNC_WITH: `(mgr.__aenter__(), bound mgr.__aexit__)`. */
export const asyncWithHelper = new PyBuiltin("<before async with>", (args) => {
  const mgr = args[0];
  const t = typeOf(mgr);
  const enter = t.lookup("__aenter__");
  const exit = t.lookup("__aexit__");
  if (enter === undefined || exit === undefined) {
    raise("TypeError", `'${t.name}' object does not support the asynchronous context manager protocol${enter !== undefined ? " (missed __aexit__ method)" : ""}`);
  }
  return newTuple([call(enter, [mgr]), new PyMethod(exit, mgr)]);
});

/** GET_AITER. */
export const asyncIterHelper = new PyBuiltin("<get aiter>", (args) => {
  const o = args[0];
  const f = typeOf(o).lookup("__aiter__");
  if (f === undefined) raise("TypeError", `'async for' requires an object with __aiter__ method, got ${typeOf(o).name}`);
  const it = call(f, [o]);
  if (typeOf(it).lookup("__anext__") === undefined) {
    raise("TypeError", `'async for' received an object from __aiter__ that does not implement __anext__: ${typeOf(it).name}`);
  }
  return it;
});

/** GET_ANEXT. */
export const asyncNextHelper = new PyBuiltin("<get anext>", (args) => {
  const it = args[0];
  const f = typeOf(it).lookup("__anext__");
  if (f === undefined) raise("TypeError", `'async for' requires an iterator with __anext__ method, got ${typeOf(it).name}`);
  return call(f, [it]);
});

// ----------------------------------------------------------------------------- async generators

import { makeBuiltinType, PyObject } from "./object.js";

/** `async_generator`: a generator frame whose `yield`s are wrapped (ASYNC_GEN_WRAP). */
export const asyncGenType: PyType = makeBuiltinType("async_generator", undefined, null, false);
notIterableTypes.add(asyncGenType);
/** The awaitable returned by `__anext__`, `asend`, `athrow` and `aclose`. */
export const asyncGenOpType: PyType = makeBuiltinType("async_generator_asend", undefined, null, false);
const wrappedType: PyType = makeBuiltinType("async_generator_wrapped_value", undefined, null, false);

class PyAsyncGenWrapped extends PyObject {
  constructor(readonly value: PyValue) {
    super(wrappedType);
  }
}

/** ASYNC_GEN_WRAP: marks a value yielded by an async generator (as opposed to an awaited future). */
export const asyncGenWrap = new PyBuiltin("<async gen wrap>", (args) => new PyAsyncGenWrapped(args[0]));

/** One `__anext__()` / `asend()` / `athrow()` / `aclose()` in flight: drives the generator until it yields a wrapped value. */
class PyAsyncGenOp extends PyGenerator {
  state = 0;
  constructor(readonly agen: PyGenerator, readonly sendValue: PyValue, readonly throwExc: PyException | null, readonly isClose: boolean) {
    super(null as never, "", "", asyncGenOpType);
    this.frame = null;
  }

  override send(v: PyValue): PyValue | undefined {
    if (this.state === 2) raise("RuntimeError", "cannot reuse already awaited __anext__()/asend()");
    const first = this.state === 0;
    this.state = 1;
    if (first && this.throwExc !== null) return this.step(() => this.agen.throw(this.throwExc!));
    return this.step(() => this.agen.send(first && v === None ? this.sendValue : v));
  }

  override throw(exc: PyException): PyValue | undefined {
    if (this.state === 2) raise("RuntimeError", "cannot reuse already awaited __anext__()/asend()");
    this.state = 1;
    return this.step(() => this.agen.throw(exc));
  }

  override close(): void {
    this.state = 2;
  }

  private step(f: () => PyValue | undefined): PyValue | undefined {
    let r: PyValue | undefined;
    try {
      if (this.agen.frame === null && !this.isClose) throw newException("StopAsyncIteration");
      r = f();
    } catch (e) {
      this.state = 2;
      if (this.isClose && e instanceof PyException && (e.cls.isSubtype(excType("GeneratorExit")) || e.cls.isSubtype(excType("StopAsyncIteration")))) {
        this.returnValue = None;
        return undefined;
      }
      throw e;
    }
    if (r === undefined) {
      this.state = 2;
      if (this.isClose) {
        this.returnValue = None;
        return undefined;
      }
      throw newException("StopAsyncIteration");
    }
    if (r instanceof PyAsyncGenWrapped) {
      this.state = 2;
      if (this.isClose) raise("RuntimeError", "async generator ignored GeneratorExit");
      this.returnValue = r.value;
      return undefined;
    }
    return r;
  }
}

function asAgen(v: PyValue): PyGenerator {
  if (!(v instanceof PyGenerator) || v.cls !== asyncGenType) raise("TypeError", "descriptor requires an 'async_generator' object");
  return v;
}
defMethod(asyncGenType, "__aiter__", (args) => args[0]);
defMethod(asyncGenType, "__anext__", (args) => new PyAsyncGenOp(asAgen(args[0]), None, null, false));
defMethod(asyncGenType, "asend", (args) => new PyAsyncGenOp(asAgen(args[0]), args[1] ?? None, null, false));
defMethod(asyncGenType, "athrow", (args) => new PyAsyncGenOp(asAgen(args[0]), None, throwArg(args), false));
defMethod(asyncGenType, "aclose", (args) => {
  const g = asAgen(args[0]);
  if (g.frame === null || g.fresh) {
    g.frame = null;
    return new PyAsyncGenOp(g, None, null, true);
  }
  return new PyAsyncGenOp(g, None, newException("GeneratorExit"), true);
});
defGetSet(asyncGenType, "__name__", (s) => asAgen(s).name);
defGetSet(asyncGenType, "__qualname__", (s) => asAgen(s).qualname);
defGetSet(asyncGenType, "ag_running", (s) => asAgen(s).running);
defMethod(asyncGenOpType, "__await__", (args) => args[0]);
defMethod(asyncGenOpType, "__iter__", (args) => args[0]);
defMethod(asyncGenOpType, "__next__", (args) => {
  const g = args[0] as PyAsyncGenOp;
  const r = g.send(None);
  if (r === undefined) stopWith(g.returnValue);
  return r;
});
defMethod(asyncGenOpType, "send", (args) => {
  const g = args[0] as PyAsyncGenOp;
  const r = g.send(args[1] ?? None);
  if (r === undefined) stopWith(g.returnValue);
  return r;
});
defMethod(asyncGenOpType, "throw", (args) => {
  const g = args[0] as PyAsyncGenOp;
  const r = g.throw(throwArg(args));
  if (r === undefined) stopWith(g.returnValue);
  return r;
});
defMethod(asyncGenOpType, "close", (args) => {
  (args[0] as PyAsyncGenOp).close();
  return None;
});

/** `anext(it[, default])`. */
export const anextBuiltin = new PyBuiltin("anext", (args) => {
  if (args.length < 1 || args.length > 2) raise("TypeError", `anext expected 1 or 2 arguments, got ${args.length}`);
  const it = args[0];
  const f = typeOf(it).lookup("__anext__");
  if (f === undefined) raise("TypeError", `'${typeOf(it).name}' object is not an async iterator`);
  const aw = call(f, [it]);
  if (args.length === 1) return aw;
  if (!(aw instanceof PyAsyncGenOp)) raise("TypeError", "anext() with a default is only supported for async generators in taipan");
  return new PyAnextDefault(aw, args[1]);
});

/** `anext(agen, default)`: StopAsyncIteration becomes the default value. */
class PyAnextDefault extends PyGenerator {
  constructor(readonly inner: PyAsyncGenOp, readonly dflt: PyValue) {
    super(null as never, "", "", asyncGenOpType);
    this.frame = null;
  }
  private wrap(f: () => PyValue | undefined): PyValue | undefined {
    try {
      const r = f();
      if (r === undefined) this.returnValue = this.inner.returnValue;
      return r;
    } catch (e) {
      if (e instanceof PyException && e.cls.isSubtype(excType("StopAsyncIteration"))) {
        this.returnValue = this.dflt;
        return undefined;
      }
      throw e;
    }
  }
  override send(v: PyValue): PyValue | undefined {
    return this.wrap(() => this.inner.send(v));
  }
  override throw(exc: PyException): PyValue | undefined {
    return this.wrap(() => this.inner.throw(exc));
  }
}

/** `aiter(x)`. */
export const aiterBuiltin = new PyBuiltin("aiter", (args) => {
  const o = args[0];
  const f = typeOf(o).lookup("__aiter__");
  if (f === undefined) raise("TypeError", `'${typeOf(o).name}' object is not an async iterable`);
  return call(f, [o]);
});
