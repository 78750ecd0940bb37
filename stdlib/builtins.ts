// The builtins namespace (minimal bootstrap version).
import { PyDict } from "../vm/objects/dict.js";
import { PyBuiltin } from "../vm/objects/function.js";
import { None, type PyValue } from "../vm/objects/object.js";
import { str } from "../vm/ops.js";
import { rt } from "../vm/runtime.js";
import { exceptionTypes } from "../vm/objects/exception.js";
import { PyRange } from "../vm/objects/range.js";

/** Creates a fresh builtins namespace for one VM. */
export function createBuiltins(): PyDict {
  const b = new PyDict();
  b.setStr("print", new PyBuiltin("print", (args, kw) => {
    const sep = kw?.get("sep");
    const end = kw?.get("end");
    rt().stdout(args.map(str).join(sep === undefined || sep === None ? " " : (sep as string)) + (end === undefined || end === None ? "\n" : (end as string)));
    return None;
  }));
  b.setStr("range", new PyBuiltin("range", (args) => {
    const n = args.map((a) => a as number);
    if (n.length === 1) return new PyRange(0, n[0], 1);
    return new PyRange(n[0], n[1], n[2] ?? 1);
  }));
  b.setStr("len", new PyBuiltin("len", (args) => (args[0] as unknown as { items: PyValue[] }).items.length));
  for (const [k, v] of exceptionTypes) b.setStr(k, v);
  b.setStr("None", None);
  return b;
}
