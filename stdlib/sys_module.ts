// The sys module, one instance per VM.
import { PyModule } from "../vm/objects/module.js";
import { PyList } from "../vm/objects/list.js";
import { PyTuple, tupleType, newTuple } from "../vm/objects/tuple.js";
import { PyBuiltin, defGetSet, defMethod, type BuiltinFn } from "../vm/objects/function.js";
import { newException } from "../vm/objects/exception.js";
import { PyObject, PyType, None, objectType, typeOf, makeBuiltinType, type PyValue } from "../vm/objects/object.js";
import { PyFloat } from "../vm/objects/float.js";
import { PyDict } from "../vm/objects/dict.js";
import { PyIterator, makeIteratorType } from "../vm/objects/iterator.js";
import { raise } from "../vm/raise.js";
import { rt } from "../vm/runtime.js";
import { asInt, intLimits } from "../vm/objects/int.js";
import { repr, strLen, call } from "../vm/ops.js";
import { StdStream } from "./builtins.js";
import { builtinModules } from "./modules.js";

// ----------------------------------------------------------------------------- struct sequences

/**
 * A named tuple type like CPython's PyStructSequence (`sys.version_info`, `sys.float_info`):
 * a tuple subclass with one read-only attribute per field and the `name(field=value, ...)` repr.
 */
export function makeStructSeq(qualName: string, fields: string[]): PyType {
  const dot = qualName.lastIndexOf(".");
  const t = makeBuiltinType(qualName.slice(dot + 1), tupleType, null, false);
  if (dot >= 0) t.ns.set("__module__", qualName.slice(0, dot));
  fields.forEach((n, i) => defGetSet(t, n, (s) => (s as PyTuple).items[i]));
  defMethod(t, "__repr__", (args) => {
    const items = (args[0] as PyTuple).items;
    return `${qualName}(${fields.map((n, i) => `${n}=${repr(items[i])}`).join(", ")})`;
  });
  defMethod(t, "__reduce__", (args) => newTuple([t, newTuple([newTuple((args[0] as PyTuple).items.slice())])]));
  t.ns.set("n_fields", fields.length);
  t.ns.set("n_sequence_fields", fields.length);
  t.ns.set("_fields", newTuple(fields.slice()));
  return t;
}

const versionInfoType = makeStructSeq("sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
const floatInfoType = makeStructSeq("sys.float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
const intInfoType = makeStructSeq("sys.int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
const hashInfoType = makeStructSeq("sys.hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
const flagsType = makeStructSeq("sys.flags", [
  "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
  "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
  "safe_path", "int_max_str_digits",
]);

// ----------------------------------------------------------------------------- sys.implementation

const namespaceType = makeBuiltinType("SimpleNamespace", objectType, null, false);
namespaceType.ns.set("__module__", "types");
namespaceType.hasInstanceDict = true;
defMethod(namespaceType, "__repr__", (args) => {
  const d = (args[0] as PyObject).dict!;
  return `namespace(${d.entries().map(([k, v]) => `${String(k)}=${repr(v)}`).join(", ")})`;
});

// ----------------------------------------------------------------------------- sys.stdin

const stdinType = makeBuiltinType("TextIOWrapper", objectType, null, false);
stdinType.ns.set("__module__", "_io");
const stdinIterType = makeIteratorType("stdin_iterator");

/** One line from the host's stdin (with its newline), or "" at EOF. */
function readLine(): string {
  const r = rt();
  const line = r.stdin === null ? null : r.stdin();
  if (line === null) return "";
  return line.endsWith("\n") ? line : line + "\n";
}

class StdinIterator extends PyIterator {
  constructor() {
    super(stdinIterType);
  }
  override next(): PyValue | undefined {
    const l = readLine();
    return l === "" ? undefined : l;
  }
}
const stdinMethods: [string, BuiltinFn][] = [
  ["readline", () => readLine()],
  ["read", () => {
    let out = "";
    for (let l = readLine(); l !== ""; l = readLine()) out += l;
    return out;
  }],
  ["readlines", () => {
    const out: PyValue[] = [];
    for (let l = readLine(); l !== ""; l = readLine()) out.push(l);
    return new PyList(out);
  }],
  ["__iter__", () => new StdinIterator()],
  ["isatty", () => false],
  ["readable", () => true],
  ["writable", () => false],
  ["fileno", () => 0],
  ["close", () => None],
  ["__enter__", (args) => args[0]],
  ["__exit__", () => None],
  ["__repr__", () => "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"],
];
for (const [n, f] of stdinMethods) defMethod(stdinType, n, f);
stdinType.ns.set("encoding", "utf-8");

// ----------------------------------------------------------------------------- the module

let excInfoHook: () => PyValue = () => newTuple([None, None, None]);
/** Installs `sys.exc_info()` (needs the interpreter's handled exception). */
export function setExcInfoHook(f: () => PyValue): void {
  excInfoHook = f;
}

function indexArg(v: PyValue | undefined): number | bigint {
  if (v === undefined) raise("TypeError", "expected 1 argument, got 0");
  const i = asInt(v);
  if (i !== undefined) return typeof i === "boolean" ? +i : i;
  const f = typeOf(v).lookup("__index__");
  if (f !== undefined) {
    const r = asInt(call(f, [v]));
    if (r !== undefined) return typeof r === "boolean" ? +r : r;
  }
  raise("TypeError", `'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

function createSys(): PyModule {
  const r = rt();
  const m = new PyModule("sys");
  const fn = (name: string, f: BuiltinFn) => m.set(name, new PyBuiltin(name, f));
  m.set("__doc__", "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.");
  m.set("argv", new PyList(r.argv.slice()));
  m.set("orig_argv", new PyList(["taipan", ...r.argv]));
  m.set("path", new PyList(r.path.slice()));
  m.set("modules", r.modules);
  m.set("meta_path", new PyList([]));
  m.set("path_hooks", new PyList([]));
  m.set("stdout", new StdStream("stdout"));
  m.set("stderr", new StdStream("stderr"));
  m.set("stdin", new PyObject(stdinType));
  m.set("__stdout__", m.dict.getStr("stdout")!);
  m.set("__stderr__", m.dict.getStr("stderr")!);
  m.set("__stdin__", m.dict.getStr("stdin")!);
  m.set("maxsize", 9223372036854775807n);
  m.set("maxunicode", 0x10ffff);
  m.set("byteorder", "little");
  m.set("platform", "linux");
  m.set("version", "3.11.7 (taipan 0.1.0)");
  m.set("version_info", new PyTuple([3, 11, 7, "final", 0], versionInfoType));
  m.set("hexversion", 0x030b07f0);
  m.set("api_version", 1013);
  m.set("copyright", "Copyright (c) taipan authors. Python is Copyright (c) Python Software Foundation.");
  m.set("executable", "taipan");
  m.set("prefix", "/usr/local");
  m.set("exec_prefix", "/usr/local");
  m.set("float_repr_style", "short");
  m.set("dont_write_bytecode", true);
  m.set("float_info", new PyTuple([
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53,
    new PyFloat(Number.EPSILON), 2, 1,
  ], floatInfoType));
  m.set("int_info", new PyTuple([30, 4, 4300, 640], intInfoType));
  m.set("hash_info", new PyTuple([64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0], hashInfoType));
  m.set("flags", new PyTuple([0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, 4300], flagsType));
  m.set("builtin_module_names", newTuple([...builtinModules.keys(), "builtins"].sort()));
  const impl = new PyObject(namespaceType);
  impl.dict = new PyDict();
  impl.dict.setStr("name", "taipan");
  impl.dict.setStr("cache_tag", None);
  impl.dict.setStr("version", new PyTuple([0, 1, 0, "alpha", 0], versionInfoType));
  impl.dict.setStr("hexversion", 0x000100a0);
  m.set("implementation", impl);
  fn("exit", (args) => {
    if (args.length > 1) raise("TypeError", `exit expected at most 1 argument, got ${args.length}`);
    throw newException("SystemExit", args.length > 0 ? args[0] : undefined);
  });
  fn("getrecursionlimit", () => rt().recursionLimit);
  fn("setrecursionlimit", (args) => {
    if (args.length !== 1) raise("TypeError", `setrecursionlimit() takes exactly one argument (${args.length} given)`);
    const n = indexArg(args[0]);
    if (n < 1) raise("ValueError", "recursion limit must be greater or equal than 1");
    if (typeof n === "bigint" || n > 2147483647) raise("OverflowError", "Python int too large to convert to C int");
    rt().recursionLimit = n;
    return None;
  });
  fn("exc_info", () => excInfoHook());
  fn("exception", () => (excInfoHook() as PyTuple).items[1]);
  fn("intern", (args) => {
    if (args.length !== 1) raise("TypeError", `intern() takes exactly one argument (${args.length} given)`);
    if (typeof args[0] !== "string") raise("TypeError", `intern() argument must be str, not ${typeOf(args[0]).name}`);
    return args[0];
  });
  fn("getsizeof", (args) => {
    const v = args[0];
    if (typeof v === "string") return 49 + strLen(v);
    if (typeof v === "number" || typeof v === "boolean") return 28;
    if (typeof v === "bigint") return 24 + 4 * Math.ceil(v.toString(2).length / 30);
    if (v instanceof PyFloat) return 24;
    const items = (v as { items?: PyValue[] }).items;
    if (Array.isArray(items)) return 56 + 8 * items.length;
    return args.length > 1 ? args[1] : 64;
  });
  fn("getdefaultencoding", () => "utf-8");
  fn("getfilesystemencoding", () => "utf-8");
  fn("getfilesystemencodeerrors", () => "surrogateescape");
  fn("getswitchinterval", () => new PyFloat(0.005));
  fn("setswitchinterval", () => None);
  fn("getrefcount", () => 2);
  fn("is_finalizing", () => false);
  fn("audit", () => None);
  fn("addaudithook", () => None);
  fn("settrace", () => None);
  fn("gettrace", () => None);
  fn("setprofile", () => None);
  fn("getprofile", () => None);
  fn("get_int_max_str_digits", () => intLimits.maxStrDigits);
  fn("set_int_max_str_digits", (args, kw) => {
    const v = args.length > 0 ? args[0] : kw?.get("maxdigits");
    if (typeof v !== "number") raise("TypeError", "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    if (v !== 0 && v < 640) raise("ValueError", "maxdigits must be 0 or larger than 640");
    intLimits.maxStrDigits = v;
    return None;
  });
  fn("_getframe", () => raise("ValueError", "call stack is not deep enough"));
  return m;
}

builtinModules.set("sys", createSys);

/** `builtins`: a module over the VM's builtins namespace (writes are seen by every module). */
builtinModules.set("builtins", () => {
  const m = new PyModule("builtins");
  const b = rt().builtins;
  if (b.getStr("__name__") === undefined) b.setStr("__name__", "builtins");
  m.dict = b;
  return m;
});
