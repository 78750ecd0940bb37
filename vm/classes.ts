// The class statement: __build_class__ runs the body in a fresh namespace, then calls the metaclass.
import { PyType, typeType, typeOf, None, type PyValue } from "./objects/object.js";
import { PyDict } from "./objects/dict.js";
import { PyFunction, PyCell } from "./objects/function.js";
import { newTuple } from "./objects/tuple.js";
import { raise } from "./raise.js";
import { call, getAttrOrUndefined } from "./ops.js";
import { runClassBody } from "./interpreter.js";

/** Picks the most derived metaclass of the explicit one and the bases' metaclasses. */
function calculateMeta(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = typeOf(b);
    if (winner.isSubtype(t)) continue;
    if (t.isSubtype(winner)) {
      winner = t;
      continue;
    }
    raise("TypeError", "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** `__build_class__(func, name, *bases, metaclass=..., **kwds)`. */
export function buildClass(args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (args.length < 2) raise("TypeError", "__build_class__: not enough arguments");
  const body = args[0];
  const name = args[1];
  if (!(body instanceof PyFunction)) raise("TypeError", "__build_class__: func must be a function");
  if (typeof name !== "string") raise("TypeError", "__build_class__: name is not a string");
  let bases = args.slice(2);
  const origBases = bases;
  // PEP 560: __mro_entries__ on non-class bases.
  if (bases.some((b) => !(b instanceof PyType))) {
    const resolved: PyValue[] = [];
    for (const b of bases) {
      const me = b instanceof PyType ? undefined : getAttrOrUndefined(b, "__mro_entries__");
      if (me === undefined) resolved.push(b);
      else resolved.push(...((call(me, [newTuple(origBases)]) as unknown as { items: PyValue[] }).items));
    }
    bases = resolved;
  }
  const kwds = new Map(kw ?? []);
  let meta: PyValue | undefined = kwds.get("metaclass");
  kwds.delete("metaclass");
  let isClassMeta = false;
  if (meta === undefined) {
    meta = bases.length > 0 ? typeOf(bases[0]) : typeType;
    isClassMeta = true;
  } else isClassMeta = meta instanceof PyType;
  if (isClassMeta) meta = calculateMeta(meta as PyType, bases);
  let ns: PyValue;
  const prepare = getAttrOrUndefined(meta, "__prepare__");
  if (prepare !== undefined) ns = call(prepare, [name, newTuple(bases)], kwds.size ? kwds : null);
  else ns = new PyDict();
  if (!(ns instanceof PyDict)) raise("TypeError", `${isClassMeta ? (meta as PyType).name : "<metaclass>"}.__prepare__() must return a mapping, not ${typeOf(ns).name}`);
  const cell = runClassBody(body, ns);
  if (bases !== origBases) ns.setStr("__orig_bases__", newTuple(origBases));
  const cls = call(meta, [name, newTuple(bases), ns], kwds.size ? kwds : null);
  if (cell instanceof PyCell) {
    if (cell.value === undefined) cell.value = cls;
  } else if (cell !== None) {
    void cell;
  }
  return cls;
}
