// The traceback module: CPython's text for exceptions (format_exc, print_exc, format_exception, ...).
import { PyModule } from "../vm/objects/module.js";
import { PyBuiltin } from "../vm/objects/function.js";
import { PyList } from "../vm/objects/list.js";
import { PyTuple } from "../vm/objects/tuple.js";
import { PyException } from "../vm/objects/exception.js";
import { PyType, PyObject, None, NotImplemented, makeBuiltinType, type PyValue } from "../vm/objects/object.js";
import { defMethod, defGetSet } from "../vm/objects/function.js";
import { tracebackEntries } from "../vm/objects/exception_methods.js";
import { getCurrentFrame } from "../vm/interpreter.js";
import type { TracebackEntry } from "../vm/objects/exception.js";
import { raise } from "../vm/raise.js";
import { rt } from "../vm/runtime.js";
import { callMethod, getAttr, isTrue, getIter, getItem, compareOp, iterNext } from "../vm/ops.js";
import { formatTraceback, formatExceptionOnly, caretLine } from "../vm/traceback.js";
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
      return formatTraceback(e, rt().sources, "py");
    } finally {
      [e.cause, e.context] = saved;
    }
  }
  return formatTraceback(e, rt().sources, "py");
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

// FrameSummary: one traceback entry (filename, lineno, name, line), unpackable like a 4-tuple.
const frameSummaryType = makeBuiltinType("FrameSummary", undefined, null, false);
frameSummaryType.ns.set("__module__", "traceback");
class PyFrameSummary extends PyObject {
  /** The traceback entry behind a summary of a traceback (stack summaries have no source span). */
  entry: TracebackEntry | null = null;
  constructor(readonly filename: string, readonly lineno: number, readonly name: string, readonly line: string) {
    super(frameSummaryType);
  }
  /** `[line, col, endLine, endCol]` of the entry's instruction, or null. */
  span(): [number, number, number, number] | null {
    const e = this.entry;
    return e?.code === undefined || e.index === undefined ? null : e.code.positionFor(e.index);
  }
  fields(): PyValue[] {
    return [this.filename, this.lineno, this.name, this.line];
  }
}
const FS = (v: PyValue) => v as PyFrameSummary;
defGetSet(frameSummaryType, "filename", (s) => FS(s).filename);
defGetSet(frameSummaryType, "lineno", (s) => FS(s).lineno);
defGetSet(frameSummaryType, "name", (s) => FS(s).name);
defGetSet(frameSummaryType, "line", (s) => FS(s).line);
defGetSet(frameSummaryType, "end_lineno", (s) => FS(s).span()?.[2] ?? None);
defGetSet(frameSummaryType, "colno", (s) => FS(s).span()?.[1] ?? None);
defGetSet(frameSummaryType, "end_colno", (s) => FS(s).span()?.[3] ?? None);
defMethod(frameSummaryType, "__repr__", (a) => `<FrameSummary file ${FS(a[0]).filename}, line ${FS(a[0]).lineno} in ${FS(a[0]).name}>`);
defMethod(frameSummaryType, "__len__", () => 4);
defMethod(frameSummaryType, "__iter__", (a) => getIter(new PyTuple(FS(a[0]).fields())));
defMethod(frameSummaryType, "__getitem__", (a) => getItem(new PyTuple(FS(a[0]).fields()), a[1]));
defMethod(frameSummaryType, "__eq__", (a) => {
  if (a[1] instanceof PyFrameSummary) return FS(a[0]).fields().every((v, i) => v === (a[1] as PyFrameSummary).fields()[i]);
  if (a[1] instanceof PyTuple) return isTrue(compareOp(2, new PyTuple(FS(a[0]).fields()), a[1]));
  return NotImplemented;
});

function limitArg(v: PyValue | undefined): number | null {
  return v === undefined || v === None ? null : Number(v);
}

/** FrameSummary objects for a traceback object (a positive limit keeps the outermost entries). */
function summaries(tb: PyValue, limit: number | null): PyFrameSummary[] {
  const entries = tracebackEntries(tb) ?? [];
  const kept = limit === null ? entries : limit >= 0 ? entries.slice(0, limit) : entries.slice(limit);
  return kept.map((t) => {
    const s = new PyFrameSummary(t.filename, t.lineno, t.name, rt().sources.get(t.filename)?.[t.lineno - 1]?.trim() ?? "");
    s.entry = t;
    return s;
  });
}

/** The interpreter frames calling into this module, outermost first (compiled frames are not listed). */
function stackSummaries(limit: number | null): PyFrameSummary[] {
  const entries: TracebackEntry[] = [];
  for (let f = getCurrentFrame(); f !== null; f = f.back) {
    entries.push({ filename: f.code.filename, name: f.code.name, lineno: f.code.lineFor(Math.max(0, (f.pc >> 1) - 1)) });
  }
  entries.reverse();
  // A positive limit keeps the innermost entries of a stack (the opposite of extract_tb).
  const kept = limit === null ? entries : limit >= 0 ? entries.slice(Math.max(0, entries.length - limit)) : entries.slice(0, -limit);
  return kept.map((t) => new PyFrameSummary(t.filename, t.lineno, t.name, rt().sources.get(t.filename)?.[t.lineno - 1]?.trim() ?? ""));
}

/** format_list's argument: FrameSummary objects or (filename, lineno, name, line) tuples. */
function listOf(v: PyValue): PyFrameSummary[] {
  const out: PyFrameSummary[] = [];
  const it = getIter(v);
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
    if (x instanceof PyFrameSummary) out.push(x);
    else {
      const [filename, lineno, name, line] = [0, 1, 2, 3].map((i) => getItem(x!, i));
      out.push(new PyFrameSummary(String(filename), Number(lineno), String(name), typeof line === "string" ? line.trim() : ""));
    }
  }
  return out;
}

function entryText(s: PyFrameSummary): string {
  if (!s.line) return `  File "${s.filename}", line ${s.lineno}, in ${s.name}\n`;
  const raw = rt().sources.get(s.filename)?.[s.lineno - 1];
  const carets = s.entry !== null && raw !== undefined ? caretLine(s.entry, raw, "py") : "";
  return `  File "${s.filename}", line ${s.lineno}, in ${s.name}\n    ${s.line}\n` + carets;
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
  fn("format_list", (args) => new PyList(listOf(args[0]).map(entryText)));
  fn("format_tb", (args, kw) => new PyList(summaries(args[0], limitArg(args[1] ?? kw?.get("limit"))).map(entryText)));
  fn("extract_tb", (args, kw) => new PyList(summaries(args[0], limitArg(args[1] ?? kw?.get("limit")))));
  fn("print_tb", (args, kw) => {
    write(args[2] ?? kw?.get("file"), summaries(args[0], limitArg(args[1] ?? kw?.get("limit"))).map(entryText).join(""));
    return None;
  });
  m.set("FrameSummary", frameSummaryType);
  fn("extract_stack", (args, kw) => new PyList(stackSummaries(limitArg(args[1] ?? kw?.get("limit")))));
  fn("format_stack", (args, kw) => new PyList(stackSummaries(limitArg(args[1] ?? kw?.get("limit"))).map(entryText)));
  fn("print_stack", (args, kw) => {
    write(args[2] ?? kw?.get("file"), stackSummaries(limitArg(args[1] ?? kw?.get("limit"))).map(entryText).join(""));
    return None;
  });
  void PyTuple;
  return m;
}

builtinModules.set("traceback", createTraceback);
