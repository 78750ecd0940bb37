// Source → code object → execution, the import system, and JS-error containment.
import { Runtime, rt } from "./runtime.js";
import { None, type PyValue } from "./objects/object.js";
import { PyDict } from "./objects/dict.js";
import { PyModule } from "./objects/module.js";
import { PyException, newException, engineErrorToPy } from "./objects/exception.js";
import { newTuple } from "./objects/tuple.js";
import { parse } from "./parser.js";
import { compile } from "./compiler.js";
import { PySyntaxErrorInfo } from "./syntax_error.js";
import { CodeObject } from "./code.js";
import { executeCode } from "./interpreter.js";
import { createBuiltins } from "../stdlib/builtins.js";
import { builtinModules } from "../stdlib/modules.js";
import { setExecHook, setImportHook, setCompileHook } from "../stdlib/builtins.js";
import { PyCodeProxy, codeProxy } from "./objects/callable_methods.js";
import "../stdlib/sys_module.js";
import "../stdlib/math_module.js";
import "../stdlib/time_module.js";
import "../stdlib/traceback_module.js";
import "../stdlib/cmath_module.js";
import "../stdlib/re_module.js";
import "../stdlib/ast_module.js";
import "../stdlib/unicodedata_module.js";
import "../stdlib/weakref_module.js";
import "../stdlib/heapq_module.js";
import "../stdlib/bisect_module.js";
import { openBuiltin } from "../stdlib/io_file.js";
import { importName } from "./interp_helpers.js";
import { frozenModules } from "../stdlib/frozen.js";

/** Compiles source text; syntax errors become Python SyntaxError exceptions. */
export function compileSource(r: Runtime, source: string, filename: string, mode: "exec" | "eval" | "single"): CodeObject {
  // Like CPython's linecache, code from exec()/eval()/compile() strings and `-c` has no file to
  // show lines from; its traceback entries carry no source line.
  if (filename !== "<string>" && filename !== "<stdin>") r.sources.set(filename, source.split(/\r\n|\r|\n/));
  try {
    return compile(parse(source, filename, mode), filename, mode);
  } catch (e) {
    throw toPyException(e);
  }
}

/** Converts a SyntaxError description from the parser or compiler into a Python exception. */
export function syntaxErrorToPy(e: PySyntaxErrorInfo): PyException {
  const exc = newException(e.pyType, e.msg);
  const details = newTuple([e.filename, e.lineno, e.offset, e.text ?? None, e.endLineno, e.endOffset]);
  exc.args = [e.msg, details];
  const d = new PyDict();
  d.setStr("msg", e.msg);
  d.setStr("filename", e.filename);
  d.setStr("lineno", e.lineno);
  d.setStr("offset", e.offset);
  d.setStr("text", e.text ?? None);
  d.setStr("end_lineno", e.endLineno);
  d.setStr("end_offset", e.endOffset);
  d.setStr("print_file_and_line", None);
  exc.dict = d;
  return exc;
}

/**
 * Turns anything thrown inside the VM into a Python exception: guest exceptions pass through,
 * a JS stack overflow becomes RecursionError, and any other JS error (a VM bug) becomes
 * SystemError so it can never escape to the host as a stray JS exception.
 */
export function toPyException(e: unknown, typeName?: string): PyException {
  if (e instanceof PyException) return e;
  if (e instanceof PySyntaxErrorInfo) return syntaxErrorToPy(e);
  const engine = engineErrorToPy(e);
  if (engine !== null) return engine;
  if (typeName) return newException(typeName, e instanceof Error ? e.message : String(e));
  const msg = e instanceof Error ? `${e.message}` : String(e);
  return newException("SystemError", `taipan internal error: ${msg}`);
}

/** Runs a module-level code object in the given globals. */
export function runCode(code: CodeObject, globals: PyDict, locals: PyDict = globals): PyValue {
  if (globals.getStr("__builtins__") === undefined) globals.setStr("__builtins__", rt().builtins);
  return executeCode(code, globals, locals);
}

/** Creates builtins, `sys` and `__main__` for a fresh runtime; returns `__main__`. */
export function initRuntime(r: Runtime): PyModule {
  r.builtins = createBuiltins();
  r.builtins.setStr("open", openBuiltin);
  if (builtinModules.has("sys")) importModule("sys");
  const main = new PyModule("__main__");
  main.dict.setStr("__builtins__", r.builtins);
  main.dict.setStr("__doc__", None);
  main.dict.setStr("__package__", None);
  r.modules.setStr("__main__", main);
  return main;
}

function loadFromPath(r: Runtime, name: string, dirs: string[]): PyModule | null {
  if (r.readFile === null) return null;
  const rel = name.split(".").join("/");
  for (const dir of dirs) {
    for (const [file, isPkg] of [[`${dir}/${rel}.py`, false], [`${dir}/${rel}/__init__.py`, true]] as const) {
      const src = r.readFile(file);
      if (src === null) continue;
      const m = new PyModule(name);
      m.set("__file__", file);
      m.set("__builtins__", r.builtins);
      m.set("__doc__", None);
      const lastDot = name.lastIndexOf(".");
      m.set("__package__", isPkg ? name : lastDot >= 0 ? name.slice(0, lastDot) : "");
      if (isPkg) m.set("__path__", newListOf([`${dir}/${rel}`]));
      r.modules.setStr(name, m);
      try {
        runCode(compileSource(r, src, file, "exec"), m.dict);
      } catch (e) {
        r.modules.delete(name);
        throw e;
      }
      return m;
    }
  }
  return null;
}

import { newList } from "./objects/list.js";
function newListOf(items: string[]): PyValue {
  return newList(items.slice());
}

/** Imports a module by absolute dotted name (parents first) and returns it. */
export function importModule(name: string): PyValue {
  const r = rt();
  const cached = r.modules.getStr(name);
  if (cached !== undefined) return cached;
  const dot = name.lastIndexOf(".");
  let dirs = r.path;
  if (dot >= 0 && frozenModules.has(name)) {
    // A frozen submodule (collections.abc): import the parent, then bind the child on it.
    const parent = importModule(name.slice(0, dot));
    const child = loadFrozen(r, name, frozenModules.get(name)!);
    if (parent instanceof PyModule) parent.set(name.slice(dot + 1), child);
    return child;
  }
  if (dot >= 0) {
    const parent = importModule(name.slice(0, dot));
    // Importing the parent may have registered the child (os registers os.path).
    const registered = r.modules.getStr(name);
    if (registered !== undefined) return registered;
    const p = parent instanceof PyModule ? parent.dict.getStr("__path__") : undefined;
    if (p === undefined) throw notFound(name, `No module named '${name}'; '${name.slice(0, dot)}' is not a package`);
    dirs = toStrings(p);
  }
  const host = r.hostModules.get(name);
  if (host !== undefined) {
    const m = host();
    r.modules.setStr(name, m);
    return m;
  }
  const b = builtinModules.get(name);
  if (b !== undefined) {
    const m = b();
    r.modules.setStr(name, m);
    return m;
  }
  const frozen = frozenModules.get(name);
  if (frozen !== undefined) return loadFrozen(r, name, frozen);
  const m = loadFromPath(r, name, dirs);
  if (m === null) throw notFound(name, `No module named '${name}'`);
  if (dot >= 0) {
    const parent = r.modules.getStr(name.slice(0, dot));
    if (parent instanceof PyModule) parent.set(name.slice(dot + 1), m);
  }
  return m;
}

/** Runs a module written in Python that ships inside taipan. */
function loadFrozen(r: Runtime, name: string, source: string): PyModule {
  const fm = new PyModule(name);
  fm.set("__builtins__", r.builtins);
  fm.set("__doc__", None);
  fm.set("__package__", name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "");
  r.modules.setStr(name, fm);
  try {
    runCode(compileSource(r, source, `<frozen ${name}>`, "exec"), fm.dict);
  } catch (e) {
    r.modules.delete(name);
    throw e;
  }
  return fm;
}

function toStrings(v: PyValue): string[] {
  const items = (v as { items?: PyValue[] }).items;
  return Array.isArray(items) ? items.filter((x): x is string => typeof x === "string") : [];
}

function notFound(name: string, msg: string): PyException {
  const e = newException("ModuleNotFoundError", msg);
  e.dict = new PyDict();
  e.dict.setStr("name", name);
  return e;
}

setExecHook((src, globals, locals, mode) => {
  const r = rt();
  let code: CodeObject;
  if (typeof src === "string") code = compileSource(r, src, "<string>", mode);
  else if (src instanceof CodeObject) code = src;
  else if (src instanceof PyCodeProxy) code = src.code;
  else throw newException("TypeError", `${mode}() arg 1 must be a string, bytes or code object`);
  return runCode(code, globals, locals);
});

setCompileHook((src, filename, mode) => codeProxy(compileSource(rt(), src, filename, mode as "exec" | "eval" | "single")));

setImportHook((name, globals, fromlist, level) => importName(name, fromlist, level, globals instanceof PyDict ? globals : new PyDict()));
