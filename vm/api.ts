// The embedding API: createVM, running code, calling guest functions, host modules, PythonError.
import { finalizeAtExit } from "./finalize.js";
import { configureJit, jitStats, type JitOptions, type FunctionJitStats } from "../jit/jit.js";
import { Runtime, enterRuntime, type Sink, type FileHooks } from "./runtime.js";
export type { FileHooks, DirHooks } from "./runtime.js";
import { None, PyObject, typeOf, type PyValue } from "./objects/object.js";
import { PyFloat } from "./objects/float.js";
import { PyList } from "./objects/list.js";
import { PyTuple, newTuple } from "./objects/tuple.js";
import { PyDict } from "./objects/dict.js";
import { PyBuiltin } from "./objects/function.js";
import { PyModule } from "./objects/module.js";
import { PyException } from "./objects/exception.js";
import { call, getAttr, str as pyStr } from "./ops.js";
import { formatTraceback, formatExceptionOnly } from "./traceback.js";
import { compileSource, runCode, initRuntime, toPyException } from "./exec.js";

/** Options for {@link createVM}. */
export interface VMOptions {
  /** Receives everything the guest writes to `sys.stdout` (default: discarded). */
  stdout?: (text: string) => void;
  /** Receives everything the guest writes to `sys.stderr` (default: discarded). */
  stderr?: (text: string) => void;
  /** Supplies one line (without newline) per `input()` call; return null for EOF. */
  input?: () => string | null;
  /**
   * Set when `input` returns each line with its newline and a last line without one, so that
   * `sys.stdin.read()`/`readlines()` see the exact text (the CLI does this). Otherwise every
   * line is taken to end with a newline.
   */
  inputKeepsNewlines?: boolean;
  /** `sys.argv` (default `[""]`). */
  argv?: string[];
  /** Directories `import` searches for `.py` files (needs a `readFile` hook). */
  path?: string[];
  /** Reads a source file for `import`; return null if it does not exist. */
  readFile?: (path: string) => string | null;
  /** Maximum Python call depth (`sys.getrecursionlimit()`, default 1000). */
  recursionLimit?: number;
  /** Files the guest may `open()`; without it every `open()` raises PermissionError. */
  files?: FileHooks;
  /** JIT settings (default: on, threshold 1000 calls, OSR after 5000 loop iterations). */
  jit?: JitOptions;
}

/** Options for {@link VM.exec}. */
export interface ExecOptions {
  /** File name shown in tracebacks (default `<string>`). */
  filename?: string;
}

/** A Python exception that reached the host. */
export class PythonError extends Error {
  /** Python exception type name, e.g. `ValueError`. */
  readonly type: string;
  /** `str()` of the exception. */
  readonly pyMessage: string;
  /** The full CPython-style traceback text. */
  readonly traceback: string;
  /** @internal The guest exception object. */
  readonly exception: PyException;
  /** @internal */
  constructor(e: PyException, traceback: string) {
    super(formatExceptionOnly(e));
    this.name = "PythonError";
    this.type = e.cls.name;
    let m = "";
    try {
      m = pyStr(e);
    } catch {
      m = "";
    }
    this.pyMessage = m;
    this.traceback = traceback;
    this.exception = e;
  }
}

/** A host function callable from Python: receives and returns JS values (converted as the README's table describes). */
export type HostFunction = (...args: unknown[]) => unknown;

/** A Python interpreter instance. Many can live in one process; they share nothing. */
export class VM {
  /** @internal */
  readonly runtime: Runtime;
  /** The `__main__` module. */
  private readonly main: PyModule;

  /** @internal Use {@link createVM}. */
  constructor(options: VMOptions = {}) {
    const out: Sink = options.stdout ?? (() => {});
    const err: Sink = options.stderr ?? (() => {});
    this.runtime = new Runtime(out, err);
    const r = this.runtime;
    if (options.input) r.stdin = options.input;
    r.stdinExact = options.inputKeepsNewlines === true;
    if (options.argv) r.argv = options.argv.slice();
    if (options.path) r.path = options.path.slice();
    if (options.recursionLimit) r.recursionLimit = options.recursionLimit;
    if (options.readFile) r.readFile = options.readFile;
    if (options.files) r.files = options.files;
    configureJit(r, options.jit ?? {});
    this.main = this.enter(() => initRuntime(r));
  }

  private enter<T>(f: () => T): T {
    const prev = enterRuntime(this.runtime);
    try {
      return f();
    } catch (e) {
      const pe = toPyException(e);
      throw new PythonError(pe, formatTraceback(pe, this.runtime.sources));
    } finally {
      enterRuntime(prev);
    }
  }

  /**
   * The process exit status CPython uses for an uncaught SystemExit: its code if an int,
   * 0 for None, otherwise 1 after writing `str(code)` to `stderr`.
   */
  systemExitCode(e: PythonError, stderr: (text: string) => void): number {
    const args = e.exception.args;
    const c = args.length === 0 ? None : args.length === 1 ? args[0] : newTuple(args);
    if (c === None) return 0;
    if (typeof c === "number") return c & 0xff;
    if (typeof c === "boolean") return c ? 1 : 0;
    const prev = enterRuntime(this.runtime);
    try {
      stderr(pyStr(c) + "\n");
    } catch {
      // an unprintable exit code still exits with 1
    } finally {
      enterRuntime(prev);
    }
    return 1;
  }

  /**
   * Interpreter exit: finalizes what is still alive (`__del__`, unfinished generators) the way
   * CPython's shutdown does, clearing `__main__`'s globals. Errors in finalizers are ignored.
   */
  finalize(): void {
    try {
      this.enter(() => finalizeAtExit(this.main.dict));
    } catch {
      // as CPython: "Exception ignored" and carry on
    }
  }

  /** Runs statements in `__main__`. Raises {@link PythonError} on an uncaught Python exception. */
  exec(source: string, options: ExecOptions = {}): void {
    this.enter(() => {
      const filename = options.filename ?? "<string>";
      const code = compileSource(this.runtime, source, filename, "exec");
      // A script run as the main program knows its path, as in CPython.
      if (!filename.startsWith("<") && this.main.dict.getStr("__file__") === undefined) this.main.dict.setStr("__file__", filename);
      runCode(code, this.main.dict);
    });
  }

  /** Evaluates one expression in `__main__` and returns it converted to JS. */
  eval(expression: string): unknown {
    return this.enter(() => {
      const code = compileSource(this.runtime, expression, "<string>", "eval");
      return toJS(runCode(code, this.main.dict));
    });
  }

  /** Calls a guest function (a global name in `__main__`, or a {@link PyProxy}) with JS arguments. */
  call(fn: string | PyProxy, ...args: unknown[]): unknown {
    return this.enter(() => {
      let f: PyValue;
      if (typeof fn === "string") {
        const v = this.main.dict.getStr(fn);
        if (v === undefined) throw toPyException(new Error(`name '${fn}' is not defined`), "NameError");
        f = v;
      } else f = fn.value;
      return toJS(call(f, args.map(toPython)));
    });
  }

  /** The globals of `__main__`, converted on read and write. */
  get globals(): { get(name: string): unknown; set(name: string, value: unknown): void; has(name: string): boolean } {
    const d = this.main.dict;
    return {
      get: (name) => this.enter(() => {
        const v = d.getStr(name);
        return v === undefined ? undefined : toJS(v);
      }),
      set: (name, value) => this.enter(() => d.setStr(name, toPython(value))),
      has: (name) => d.getStr(name) !== undefined,
    };
  }

  /** What the JIT did with each function of this VM that became hot (see {@link FunctionJitStats}). */
  jitStats(): FunctionJitStats[] {
    return jitStats(this.runtime);
  }

  /**
   * Registers a host module: `import name` in Python gives a module whose attributes are the
   * given functions (called with converted arguments) and values.
   */
  registerModule(name: string, members: Record<string, unknown>): void {
    this.runtime.hostModules.set(name, () => {
      const m = new PyModule(name);
      for (const [k, v] of Object.entries(members)) {
        if (typeof v === "function") {
          const fn = v as HostFunction;
          m.set(k, new PyBuiltin(k, (args, kw) => {
            const jsArgs = args.map(toJS);
            if (kw !== null && kw.size > 0) {
              const o: Record<string, unknown> = Object.create(null);
              for (const [kk, vv] of kw) o[kk] = toJS(vv);
              jsArgs.push(o);
            }
            return toPython(fn(...jsArgs));
          }));
        } else m.set(k, toPython(v));
      }
      return m;
    });
  }
}

export type { JitOptions, FunctionJitStats, JitMode } from "../jit/jit.js";

/** Creates a VM. Asynchronous so the JIT toolchain can be readied without blocking. */
export async function createVM(options: VMOptions = {}): Promise<VM> {
  return new VM(options);
}

/** A handle on a guest object that has no JS equivalent (functions, class instances, ...). */
export class PyProxy {
  /** @internal */
  readonly value: PyValue;
  /** @internal */
  constructor(value: PyValue) {
    this.value = value;
  }
  /** The Python type name. */
  get type(): string {
    return typeOf(this.value).name;
  }
  /** Reads an attribute, converted to JS. */
  get(name: string): unknown {
    return toJS(getAttr(this.value, name));
  }
  /** `repr()`-free text: `str()` of the object. */
  toString(): string {
    return pyStr(this.value);
  }
  /** Releases the handle (the guest object may then be collected). */
  dispose(): void {}
}

/**
 * @internal
 * Converts a guest value to JS: int → number (bigint beyond 2^53), float → number, str →
 * string, bool → boolean, None → null, list/tuple → array, dict → Map; anything else → a
 * {@link PyProxy}.
 */
export function toJS(v: PyValue): unknown {
  switch (typeof v) {
    case "number":
    case "bigint":
    case "string":
    case "boolean":
      return v;
  }
  if (v === None) return null;
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map(toJS);
  if (v instanceof PyDict) {
    const m = new Map<unknown, unknown>();
    for (const [k, val] of v.entries()) m.set(toJS(k), toJS(val));
    return m;
  }
  return new PyProxy(v);
}

/**
 * @internal
 * Converts a JS value to a guest value: integral numbers → int, other numbers → float,
 * bigint → int, string → str, boolean → bool, null/undefined → None, arrays → list,
 * Map and plain objects → dict, functions → callable builtins, {@link PyProxy} → its object.
 */
export function toPython(v: unknown): PyValue {
  if (v === null || v === undefined) return None;
  switch (typeof v) {
    case "number":
      return Number.isSafeInteger(v) && !Object.is(v, -0) ? v : new PyFloat(v);
    case "bigint":
      return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    case "string":
    case "boolean":
      return v;
    case "function": {
      const fn = v as HostFunction;
      return new PyBuiltin(fn.name || "host_function", (args) => toPython(fn(...args.map(toJS))));
    }
  }
  if (v instanceof PyProxy) return v.value;
  if (v instanceof PyObject) return v;
  if (Array.isArray(v)) return new PyList(v.map(toPython));
  if (v instanceof Map) {
    const d = new PyDict();
    for (const [k, val] of v) d.set(toPython(k), toPython(val));
    return d;
  }
  if (typeof v === "object") {
    const d = new PyDict();
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) d.setStr(k, toPython(val));
    return d;
  }
  return newTuple([]);
}
