// The sys module, one instance per VM.
import { PyModule } from "../vm/objects/module.js";
import { PyList } from "../vm/objects/list.js";
import { PyTuple, tupleType } from "../vm/objects/tuple.js";
import { PyBuiltin, defGetSet } from "../vm/objects/function.js";
import { newException } from "../vm/objects/exception.js";
import { None, makeBuiltinType, type PyValue } from "../vm/objects/object.js";
import { raise } from "../vm/raise.js";
import { rt } from "../vm/runtime.js";
import { asInt } from "../vm/objects/int.js";
import { StdStream } from "./builtins.js";
import { builtinModules } from "./modules.js";
import { newTuple } from "../vm/objects/tuple.js";
import { PyFloat } from "../vm/objects/float.js";

const versionInfoType = makeBuiltinType("version_info", tupleType, null, false);
for (const [i, n] of ["major", "minor", "micro", "releaselevel", "serial"].entries()) {
  defGetSet(versionInfoType, n, (s) => (s as PyTuple).items[i]);
}

let excInfoHook: () => PyValue = () => newTuple([None, None, None]);
/** Installs `sys.exc_info()` (needs the interpreter's handled exception). */
export function setExcInfoHook(f: () => PyValue): void {
  excInfoHook = f;
}

function createSys(): PyModule {
  const r = rt();
  const m = new PyModule("sys");
  const fn = (name: string, f: (args: PyValue[]) => PyValue) => m.set(name, new PyBuiltin(name, f));
  m.set("argv", new PyList(r.argv.slice()));
  m.set("path", new PyList(r.path.slice()));
  m.set("modules", r.modules);
  m.set("stdout", new StdStream("stdout"));
  m.set("stderr", new StdStream("stderr"));
  m.set("__stdout__", m.dict.getStr("stdout")!);
  m.set("__stderr__", m.dict.getStr("stderr")!);
  m.set("maxsize", 9223372036854775807n);
  m.set("maxunicode", 0x10ffff);
  m.set("byteorder", "little");
  m.set("platform", "taipan");
  m.set("version", "3.11.7 (taipan 0.1.0)");
  m.set("version_info", new PyTuple([3, 11, 7, "final", 0], versionInfoType));
  m.set("hexversion", 0x030b07f0);
  m.set("executable", "taipan");
  m.set("float_info", newTuple([new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1]));
  m.set("builtin_module_names", newTuple([...builtinModules.keys(), "builtins"]));
  fn("exit", (args) => {
    throw newException("SystemExit", args.length > 0 ? args[0] : undefined);
  });
  fn("getrecursionlimit", () => rt().recursionLimit);
  fn("setrecursionlimit", (args) => {
    const n = asInt(args[0]);
    if (n === undefined) raise("TypeError", "an integer is required");
    if (n < 1) raise("ValueError", "recursion limit must be greater or equal than 1");
    rt().recursionLimit = Number(n);
    return None;
  });
  fn("exc_info", () => excInfoHook());
  fn("exception", () => (excInfoHook() as PyTuple).items[1]);
  fn("intern", (args) => args[0]);
  fn("getsizeof", () => 64);
  fn("getdefaultencoding", () => "utf-8");
  fn("getfilesystemencoding", () => "utf-8");
  m.set("implementation", new PyModule("taipan"));
  (m.dict.getStr("implementation") as PyModule).set("name", "taipan");
  return m;
}

builtinModules.set("sys", createSys);
