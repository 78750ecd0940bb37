// _weakref: the cells behind weakref.ref. A cell's hold on its target is invisible to the
// finalizer's reachability scans (vm/finalize.ts), so targets die where CPython frees them.
import { PyModule } from "../vm/objects/module.js";
import { PyBuiltin } from "../vm/objects/function.js";
import { PyList } from "../vm/objects/list.js";
import { PyObject, makeBuiltinType, None, typeOf, type PyValue } from "../vm/objects/object.js";
import { WeakCell, registerWeakCell, weakCellsOf } from "../vm/finalize.js";
import { raise } from "../vm/raise.js";
import { builtinModules } from "./modules.js";

const cellType = makeBuiltinType("weakcell", undefined, null, false);

function createWeakref(): PyModule {
  const m = new PyModule("_weakref");
  const fn = (name: string, f: (args: PyValue[]) => PyValue) => m.set(name, new PyBuiltin(name, f));
  fn("cell", ([obj, owner = None, callback = None]) => {
    if (!(obj instanceof PyObject)) raise("TypeError", `cannot create weak reference to '${typeOf(obj).name}' object`);
    const c = new WeakCell(cellType, obj, owner, callback);
    registerWeakCell(c);
    return c;
  });
  fn("get", ([c]) => (c instanceof WeakCell ? (c.target ?? None) : None));
  fn("count", ([obj]) => weakCellsOf(obj).length);
  fn("refs", ([obj]) => new PyList(weakCellsOf(obj).map((c) => c.owner)));
  return m;
}

builtinModules.set("_weakref", createWeakref);
