// The traceback module: CPython's text for exceptions (format_exc, print_exc, format_exception, ...).
import { PyModule } from "../vm/objects/module.js";
import { PyBuiltin } from "../vm/objects/function.js";
import { PyList } from "../vm/objects/list.js";
import { PyTuple } from "../vm/objects/tuple.js";
import { PyException } from "../vm/objects/exception.js";
import { PyType, None, type PyValue } from "../vm/objects/object.js";
import { raise } from "../vm/raise.js";
import { rt } from "../vm/runtime.js";
import { callMethod, getAttr, isTrue } from "../vm/ops.js";
import { formatTraceback, formatExceptionOnly } from "../vm/traceback.js";
import { currentException } from "./sys_module.js";
import { builtinModules } from "./modules.js";

type Kw = Map<string, PyValue> | null;

/** CPython's list form: one string per line, except that a frame's source lines join its "File" line. */
function lines(text: string): PyList {
  const out: string[] = [];
  for (const l of text.split(/(?<=\n)/)) {
    if (l === "") continue;
    if (l.startsWith("    ") && out.length > 0 && out[out.length - 1].startsWith("  File ")) out[out.length - 1] += l;
    else out.push(l);
  }
  return new PyList(out);
}

/** The exception of `(exc)` or the old `(etype, value, tb)` calling convention. */
function excArg(args: PyValue[], kw: Kw): PyValue {
  const first = args[0] ?? kw?.get("exc") ?? kw?.get("etype");
  const value = args.length > 1 ? args[1] : kw?.get("value");
  if (first instanceof PyType || (value !== undefined && value !== None && !(first instanceof PyException))) return value ?? None;
  return first ?? None;
}

function text(e: PyValue, chain: boolean): string {
  if (!(e instanceof PyException)) return "NoneType: None\n";
  if (!chain) {
    const saved = [e.cause, e.context];
    e.cause = None;
    e.context = None;
    try {
      return formatTraceback(e, rt().sources);
    } finally {
      [e.cause, e.context] = saved;
    }
  }
  return formatTraceback(e, rt().sources);
}

function chainArg(kw: Kw, pos: PyValue | undefined): boolean {
  const c = kw?.get("chain") ?? pos;
  return c === undefined ? true : isTrue(c);
}

function write(file: PyValue | undefined, s: string): void {
  let f = file;
  if (f === undefined || f === None) {
    const sys = rt().modules.getStr("sys");
    if (sys === undefined) {
      rt().stderr(s);
      return;
    }
    f = getAttr(sys, "stderr");
  }
  callMethod(f, "write", [s]);
}

function onlyText(e: PyValue): string {
  if (!(e instanceof PyException)) return "NoneType: None\n";
  const full = text(e, false);
  // The exception line and its notes: everything after the last stack entry.
  const only = formatExceptionOnly(e);
  const i = full.lastIndexOf(only);
  return i >= 0 ? full.slice(i) : only + "\n";
}

function createTraceback(): PyModule {
  const m = new PyModule("traceback");
  const fn = (name: string, f: (args: PyValue[], kw: Kw) => PyValue) => m.set(name, new PyBuiltin(name, f));
  fn("format_exc", (args, kw) => text(currentException(), chainArg(kw, args[1])));
  fn("print_exc", (args, kw) => {
    write(args[1] ?? kw?.get("file"), text(currentException(), chainArg(kw, args[2])));
    return None;
  });
  fn("format_exception", (args, kw) => lines(text(excArg(args, kw), chainArg(kw, undefined))));
  fn("print_exception", (args, kw) => {
    const e = excArg(args, kw);
    write(kw?.get("file") ?? (args.length >= 5 ? args[4] : undefined), text(e, chainArg(kw, undefined)));
    return None;
  });
  fn("format_exception_only", (args, kw) => lines(onlyText(excArg(args, kw))));
  fn("print_last", () => raise("ValueError", "no last exception"));
  fn("format_tb", () => new PyList([]));
  fn("extract_tb", () => new PyList([]));
  fn("format_stack", () => new PyList([]));
  fn("extract_stack", () => new PyList([]));
  fn("print_stack", () => None);
  fn("print_tb", () => None);
  void PyTuple;
  return m;
}

builtinModules.set("traceback", createTraceback);
