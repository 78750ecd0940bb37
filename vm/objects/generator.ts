// Generators and coroutines: a suspended frame resumed by next/send/throw/close.
import { None, type PyValue, type PyType } from "./object.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
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
