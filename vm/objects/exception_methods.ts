// The Python-visible behaviour of exceptions (Objects/exceptions.c): args, str/repr, chaining
// attributes, notes, and the extra fields of StopIteration, SystemExit, OSError, SyntaxError,
// ImportError, NameError, AttributeError and the Unicode errors. Extra fields live in the
// instance dict, where the interpreter and the traceback printer also put them.
import { PyType, PyObject, None, typeOf, makeBuiltinType, type PyValue } from "./object.js";
import { PyBuiltin, defMethod, defGetSet } from "./function.js";
import { PyDict } from "./dict.js";
import { PyList } from "./list.js";
import { newTuple, PyTuple } from "./tuple.js";
import { PyException, BaseException, exceptionTypes, type TracebackEntry } from "./exception.js";
import { PyBytes } from "./bytes.js";
import { raise } from "../raise.js";
import { repr, str, allocInstance, toArray } from "../ops.js";
import { instanceDictDescr } from "./type.js";

function E(v: PyValue): PyException {
  if (!(v instanceof PyException)) raise("TypeError", `descriptor requires a 'BaseException' object but received a '${typeOf(v).name}'`);
  return v;
}

function exc(name: string): PyType {
  return exceptionTypes.get(name)!;
}

function fieldsOf(e: PyException): PyDict {
  if (e.dict === null) e.dict = new PyDict();
  return e.dict;
}

function field(e: PyException, name: string): PyValue | undefined {
  return e.dict === null ? undefined : e.dict.getStr(name);
}

function setField(e: PyException, name: string, v: PyValue): void {
  fieldsOf(e).setStr(name, v);
}

/** A getset over a dict-stored field (None when unset). */
function defField(t: PyType, name: string, dflt: (e: PyException) => PyValue = () => None): void {
  defGetSet(t, name, (s) => field(E(s), name) ?? dflt(E(s)), (s, v) => setField(E(s), name, v ?? None));
}

function argsStr(a: PyValue[]): string {
  if (a.length === 0) return "";
  if (a.length === 1) return str(a[0]);
  return str(newTuple(a));
}

// ----------------------------------------------------------------------------- BaseException

BaseException.ns.set("__new__", new PyBuiltin("__new__", (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtype(BaseException)) raise("TypeError", "BaseException.__new__(X): X is not a subtype of BaseException");
  const e = allocInstance(cls) as PyException;
  e.args = args.slice(1);
  return e;
}));
defMethod(BaseException, "__init__", (args, kw) => {
  const e = E(args[0]);
  if (kw !== null && kw.size > 0) raise("TypeError", `${e.cls.name}() takes no keyword arguments`);
  e.args = args.slice(1);
  return None;
});
defMethod(BaseException, "__str__", (args) => argsStr(E(args[0]).args));
defMethod(BaseException, "__repr__", (args) => {
  const e = E(args[0]);
  const a = e.args;
  if (a.length === 1) return `${e.cls.name}(${repr(a[0])})`;
  return `${e.cls.name}${a.length === 0 ? "()" : repr(newTuple(a))}`;
});
defGetSet(BaseException, "args", (s) => newTuple(E(s).args.slice()), (s, v) => {
  if (v === undefined) raise("TypeError", "args may not be deleted");
  E(s).args = v instanceof PyTuple ? v.items.slice() : toArray(v);
});
defGetSet(BaseException, "__cause__", (s) => E(s).cause, (s, v) => {
  if (v === undefined) raise("TypeError", "__cause__ may not be deleted");
  if (v !== None && !(v instanceof PyException)) raise("TypeError", "exception cause must be None or derive from BaseException");
  E(s).cause = v;
  E(s).suppressContext = true;
});
defGetSet(BaseException, "__context__", (s) => E(s).context, (s, v) => {
  if (v === undefined) raise("TypeError", "__context__ may not be deleted");
  if (v !== None && !(v instanceof PyException)) raise("TypeError", "exception context must be None or derive from BaseException");
  E(s).context = v;
});
defGetSet(BaseException, "__suppress_context__", (s) => E(s).suppressContext, (s, v) => {
  E(s).suppressContext = v === true || (typeof v === "number" && v !== 0);
});

const tracebackType = makeBuiltinType("traceback", undefined, null, false);
/** A minimal traceback object: the innermost line of where the exception passed. */
class PyTracebackStub extends PyObject {
  constructor(readonly exc: PyException, readonly index: number) {
    super(tracebackType);
  }
}
defGetSet(tracebackType, "tb_lineno", (s) => {
  const t = s as PyTracebackStub;
  return t.exc.traceback[t.exc.traceback.length - 1 - t.index]?.lineno ?? 0;
});
defGetSet(tracebackType, "tb_next", (s) => {
  const t = s as PyTracebackStub;
  return t.index + 1 < t.exc.traceback.length ? new PyTracebackStub(t.exc, t.index + 1) : None;
});
defGetSet(tracebackType, "tb_frame", () => None);

/** The entries from traceback object `tb` down to where the exception was raised (outermost first), or null. */
export function tracebackEntries(tb: PyValue): TracebackEntry[] | null {
  if (!(tb instanceof PyTracebackStub)) return null;
  return tb.exc.traceback.slice().reverse().slice(tb.index);
}
defGetSet(tracebackType, "tb_lasti", () => 0);
const explicitTb = new WeakMap<PyException, PyValue>();
defGetSet(BaseException, "__traceback__", (s) => {
  const e = E(s);
  const set = explicitTb.get(e);
  if (set !== undefined) return set;
  return e.traceback.length > 0 ? new PyTracebackStub(e, 0) : None;
}, (s, v) => {
  if (v === undefined) raise("TypeError", "__traceback__ may not be deleted");
  if (v !== None && !(v instanceof PyTracebackStub)) raise("TypeError", "__traceback__ must be a traceback or None");
  explicitTb.set(E(s), v);
});
defMethod(BaseException, "with_traceback", (args) => {
  const tb = args[1];
  if (tb !== None && !(tb instanceof PyTracebackStub)) raise("TypeError", "__traceback__ must be a traceback or None");
  explicitTb.set(E(args[0]), tb);
  return args[0];
});
defMethod(BaseException, "add_note", (args) => {
  const e = E(args[0]);
  const note = args[1];
  if (typeof note !== "string") raise("TypeError", `note must be a str, not '${typeOf(note).name}'`);
  let notes = field(e, "__notes__");
  if (notes === undefined) {
    notes = new PyList([]);
    setField(e, "__notes__", notes);
  }
  if (!(notes instanceof PyList)) raise("TypeError", "Cannot add note: __notes__ is not a list");
  notes.items.push(note);
  return None;
});
BaseException.ns.set("__dict__", instanceDictDescr);
defMethod(BaseException, "__reduce__", (args) => {
  const e = E(args[0]);
  const a = newTuple(e.args.slice());
  if (e.dict !== null && e.dict.size > 0) return newTuple([e.cls, a, e.dict]);
  return newTuple([e.cls, a]);
});
defMethod(BaseException, "__setstate__", (args) => {
  const st = args[1];
  if (st instanceof PyDict) for (const [k, v] of st.entries()) if (typeof k === "string") setField(E(args[0]), k, v);
  return None;
});

// ----------------------------------------------------------------------------- StopIteration, SystemExit, KeyError

const StopIteration = exc("StopIteration");
defMethod(StopIteration, "__init__", (args) => {
  E(args[0]).args = args.slice(1);
  return None;
});
defField(StopIteration, "value", (e) => (e.args.length > 0 ? e.args[0] : None));

const SystemExit = exc("SystemExit");
defField(SystemExit, "code", (e) => (e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : newTuple(e.args.slice())));

defMethod(exc("KeyError"), "__str__", (args) => {
  const a = E(args[0]).args;
  return a.length === 1 ? repr(a[0]) : argsStr(a);
});

// ----------------------------------------------------------------------------- OSError

const OSError = exc("OSError");
/** errno → OSError subclass, as CPython maps them in OSError.__new__ (Linux numbering). */
const ERRNO_MAP = new Map<number, string>([
  [11, "BlockingIOError"], [114, "BlockingIOError"], [115, "BlockingIOError"],
  [10, "ChildProcessError"], [32, "BrokenPipeError"], [108, "BrokenPipeError"],
  [103, "ConnectionAbortedError"], [111, "ConnectionRefusedError"], [104, "ConnectionResetError"],
  [17, "FileExistsError"], [2, "FileNotFoundError"], [21, "IsADirectoryError"], [20, "NotADirectoryError"],
  [4, "InterruptedError"], [13, "PermissionError"], [1, "PermissionError"], [3, "ProcessLookupError"],
  [110, "TimeoutError"],
]);

/** oserror_init: errno, strerror, filename, winerror, filename2 from 2..5 arguments. */
function osInit(e: PyException, a: PyValue[]): void {
  e.args = a;
  if (a.length < 2 || a.length > 5) return;
  setField(e, "errno", a[0]);
  setField(e, "strerror", a[1]);
  if (a.length >= 3 && a[2] !== None) {
    setField(e, "filename", a[2]);
    if (a.length >= 5) setField(e, "filename2", a[4]);
    // With a filename, args keeps only (errno, strerror).
    e.args = a.slice(0, 2);
  }
}
OSError.ns.set("__new__", new PyBuiltin("__new__", (args) => {
  let cls = args[0] as PyType;
  const a = args.slice(1);
  if (cls === OSError && a.length >= 2 && typeof a[0] === "number") {
    const sub = ERRNO_MAP.get(a[0]);
    if (sub !== undefined) cls = exc(sub);
  }
  const e = allocInstance(cls) as PyException;
  osInit(e, a);
  return e;
}));
defMethod(OSError, "__init__", (args, kw) => {
  const e = E(args[0]);
  if (kw !== null && kw.size > 0) raise("TypeError", `${e.cls.name}() takes no keyword arguments`);
  if (e.dict === null || e.dict.getStr("errno") === undefined) osInit(e, args.slice(1));
  return None;
});
for (const n of ["errno", "strerror", "filename", "filename2"]) defField(OSError, n);
defMethod(OSError, "__str__", (args) => {
  const e = E(args[0]);
  const errno = field(e, "errno") ?? None, strerror = field(e, "strerror") ?? None;
  const fn = field(e, "filename") ?? None, fn2 = field(e, "filename2") ?? None;
  if (fn !== None) {
    if (fn2 !== None) return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)} -> ${repr(fn2)}`;
    return `[Errno ${str(errno)}] ${str(strerror)}: ${repr(fn)}`;
  }
  if (errno !== None && strerror !== None) return `[Errno ${str(errno)}] ${str(strerror)}`;
  return argsStr(e.args);
});

// ----------------------------------------------------------------------------- SyntaxError

const SyntaxError = exc("SyntaxError");
const SYNTAX_FIELDS = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
defMethod(SyntaxError, "__init__", (args, kw) => {
  const e = E(args[0]);
  if (kw !== null && kw.size > 0) raise("TypeError", `${e.cls.name}() takes no keyword arguments`);
  const a = args.slice(1);
  e.args = a;
  if (a.length >= 1) setField(e, "msg", a[0]);
  if (a.length === 2) {
    const info = toArray(a[1]);
    if (info.length < 4 || info.length > 6) raise("TypeError", `function takes at least 4 arguments (${info.length} given)`);
    for (let i = 0; i < info.length; i++) setField(e, SYNTAX_FIELDS[i], info[i]);
  }
  return None;
});
for (const n of ["msg", ...SYNTAX_FIELDS, "print_file_and_line"]) defField(SyntaxError, n);
defMethod(SyntaxError, "__str__", (args) => {
  const e = E(args[0]);
  const msg = str(field(e, "msg") ?? None);
  const fn = field(e, "filename");
  const ln = field(e, "lineno");
  const base = typeof fn === "string" ? fn.slice(fn.lastIndexOf("/") + 1) : undefined;
  const haveLine = typeof ln === "number";
  if (base !== undefined && haveLine) return `${msg} (${base}, line ${ln})`;
  if (base !== undefined) return `${msg} (${base})`;
  if (haveLine) return `${msg} (line ${ln})`;
  return msg;
});

// ----------------------------------------------------------------------------- ImportError, NameError, AttributeError

/** An `__init__` that accepts the given keyword-only fields (`ImportError(msg, name=..., path=...)`). */
function initWithKeywords(t: PyType, names: string[]): void {
  defMethod(t, "__init__", (args, kw) => {
    const e = E(args[0]);
    e.args = args.slice(1);
    if (kw !== null) {
      for (const [k, v] of kw) {
        if (!names.includes(k)) raise("TypeError", `'${k}' is an invalid keyword argument for ${e.cls.name}()`);
        setField(e, k, v);
      }
    }
    return None;
  });
  for (const n of names) defField(t, n);
}
const ImportError = exc("ImportError");
initWithKeywords(ImportError, ["name", "path"]);
defField(ImportError, "msg", (e) => (e.args.length > 0 ? e.args[0] : None));
defMethod(ImportError, "__str__", (args) => {
  const e = E(args[0]);
  const m = field(e, "msg");
  if (m !== undefined && m !== None) return str(m);
  return argsStr(e.args);
});
initWithKeywords(exc("NameError"), ["name"]);
initWithKeywords(exc("AttributeError"), ["name", "obj"]);

// ----------------------------------------------------------------------------- Unicode errors

/** UnicodeEncodeError/DecodeError(encoding, object, start, end, reason). */
function unicodeInit(t: PyType, decode: boolean): void {
  defMethod(t, "__init__", (args) => {
    const e = E(args[0]);
    const a = args.slice(1);
    e.args = a;
    if (a.length !== 5) raise("TypeError", `function takes exactly 5 arguments (${a.length} given)`);
    const [enc, obj, start, end, reason] = a;
    if (typeof enc !== "string") raise("TypeError", `argument 1 must be str, not ${typeOf(enc).name}`);
    if (decode ? !(obj instanceof PyBytes) : typeof obj !== "string") {
      raise("TypeError", `argument 2 must be ${decode ? "bytes-like object" : "str"}, not ${typeOf(obj).name}`);
    }
    if (typeof reason !== "string") raise("TypeError", `argument 5 must be str, not ${typeOf(reason).name}`);
    const f = fieldsOf(e);
    f.setStr("encoding", enc);
    f.setStr("object", obj);
    f.setStr("start", start);
    f.setStr("end", end);
    f.setStr("reason", reason);
    return None;
  });
  for (const n of ["encoding", "object", "start", "end", "reason"]) defField(t, n);
  defMethod(t, "__str__", (args) => {
    const e = E(args[0]);
    const enc = field(e, "encoding"), obj = field(e, "object"), reason = field(e, "reason");
    const start = field(e, "start"), end = field(e, "end");
    if (enc === undefined || typeof start !== "number" || typeof end !== "number") return argsStr(e.args);
    if (decode && obj instanceof PyBytes) {
      if (end === start + 1 && start < obj.data.length) {
        const byte = obj.data[start].toString(16).padStart(2, "0");
        return `'${str(enc)}' codec can't decode byte 0x${byte} in position ${start}: ${str(reason ?? None)}`;
      }
      return `'${str(enc)}' codec can't decode bytes in position ${start}-${end - 1}: ${str(reason ?? None)}`;
    }
    if (!decode && typeof obj === "string") {
      const cp = [...obj];
      if (end === start + 1 && start < cp.length) {
        const c = cp[start].codePointAt(0)!;
        const hex = c < 0x100 ? `\\x${c.toString(16).padStart(2, "0")}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, "0")}` : `\\U${c.toString(16).padStart(8, "0")}`;
        return `'${str(enc)}' codec can't encode character '${hex}' in position ${start}: ${str(reason ?? None)}`;
      }
      return `'${str(enc)}' codec can't encode characters in position ${start}-${end - 1}: ${str(reason ?? None)}`;
    }
    return argsStr(e.args);
  });
}
unicodeInit(exc("UnicodeDecodeError"), true);
unicodeInit(exc("UnicodeEncodeError"), false);
