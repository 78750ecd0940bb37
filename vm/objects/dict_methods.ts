// dict methods and the keys/values/items views.
import { PyObject, NotImplemented, None, typeOf, makeBuiltinType, type PyValue, PyType } from "./object.js";
import { PyDict, dictType } from "./dict.js";
import { PyList } from "./list.js";
import { newTuple, PyTuple } from "./tuple.js";
import { PyIterator, makeIteratorType } from "./iterator.js";
import { defMethod, PyBuiltin, PyClassMethod } from "./function.js";
import { raise } from "../raise.js";
import { toArray, call, getAttrOrUndefined, getItem, repr, eq, getIter, iterNext, allocInstance, contains } from "../ops.js";
import { guardRepr } from "./sequence.js";
import { newException } from "./exception.js";
import { makeSet, setFromIterable } from "./set.js";

const keyIterType = makeIteratorType("dict_keyiterator");
const valueIterType = makeIteratorType("dict_valueiterator");
const itemIterType = makeIteratorType("dict_itemiterator");

/** Iterates a dict's keys/values/items, raising if it changes size. */
export class DictIterator extends PyIterator {
  private i = 0;
  private readonly size: number;
  constructor(private readonly d: PyDict, private readonly kind: 0 | 1 | 2, private readonly reversed = false) {
    super(kind === 0 ? keyIterType : kind === 1 ? valueIterType : itemIterType);
    this.size = d.size;
    if (reversed) this.i = d.keys.length - 1;
  }
  override next(): PyValue | undefined {
    const d = this.d;
    if (d.size !== this.size) {
      this.i = d.keys.length;
      raise("RuntimeError", "dictionary changed size during iteration");
    }
    const keys = d.keys;
    if (this.reversed) {
      while (this.i >= 0 && keys[this.i] === undefined) this.i--;
      if (this.i < 0) return undefined;
    } else {
      while (this.i < keys.length && keys[this.i] === undefined) this.i++;
      if (this.i >= keys.length) return undefined;
    }
    const j = this.i;
    this.i += this.reversed ? -1 : 1;
    if (this.kind === 0) return keys[j]!;
    if (this.kind === 1) return d.vals[j]!;
    return newTuple([keys[j]!, d.vals[j]!]);
  }
}

const keysType = makeBuiltinType("dict_keys", undefined, null, false);
const valuesType = makeBuiltinType("dict_values", undefined, null, false);
const itemsType = makeBuiltinType("dict_items", undefined, null, false);

/** A live view over a dict. */
export class DictView extends PyObject {
  constructor(readonly d: PyDict, readonly kind: 0 | 1 | 2) {
    super(kind === 0 ? keysType : kind === 1 ? valuesType : itemsType);
  }
}

function D(v: PyValue): PyDict {
  if (!(v instanceof PyDict)) raise("TypeError", `descriptor requires a 'dict' object but received a '${typeOf(v).name}'`);
  return v;
}

/** `dict.update(other)` semantics (mapping or iterable of pairs). */
export function dictUpdateFrom(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict) {
    for (const [k, v] of other.entries()) d.set(k, v);
    return;
  }
  const keys = getAttrOrUndefined(other, "keys");
  if (keys !== undefined) {
    for (const k of toArray(call(keys, []))) d.set(k, getItem(other, k));
    return;
  }
  const it = getIter(other);
  let i = 0;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it), i++) {
    let pair: PyValue[];
    try {
      pair = toArray(x);
    } catch {
      raise("TypeError", `cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    if (pair.length !== 2) raise("ValueError", `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
  }
}

function keyError(k: PyValue): never {
  throw newException("KeyError", k);
}

dictType.ns.set("__new__", new PyBuiltin("__new__", (args) => {
  const cls = args[0] as PyType;
  return cls === dictType ? new PyDict() : allocInstance(cls);
}));
defMethod(dictType, "__init__", (args, kw) => {
  const d = D(args[0]);
  if (args.length > 2) raise("TypeError", `dict expected at most 1 argument, got ${args.length - 1}`);
  if (args.length > 1) dictUpdateFrom(d, args[1]);
  if (kw) for (const [k, v] of kw) d.setStr(k, v);
  return None;
});
defMethod(dictType, "__len__", (args) => D(args[0]).size);
defMethod(dictType, "__getitem__", (args) => {
  const d = D(args[0]);
  const v = d.get(args[1]);
  if (v !== undefined) return v;
  if (d.cls !== dictType) {
    const missing = d.cls.lookup("__missing__");
    if (missing !== undefined) return call(missing, [d, args[1]]);
  }
  return keyError(args[1]);
});
defMethod(dictType, "__setitem__", (args) => {
  D(args[0]).set(args[1], args[2]);
  return None;
});
defMethod(dictType, "__delitem__", (args) => {
  if (D(args[0]).delete(args[1]) === undefined) keyError(args[1]);
  return None;
});
defMethod(dictType, "__contains__", (args) => D(args[0]).has(args[1]));
defMethod(dictType, "__iter__", (args) => new DictIterator(D(args[0]), 0));
defMethod(dictType, "__reversed__", (args) => new DictIterator(D(args[0]), 0, true));
defMethod(dictType, "keys", (args) => new DictView(D(args[0]), 0));
defMethod(dictType, "values", (args) => new DictView(D(args[0]), 1));
defMethod(dictType, "items", (args) => new DictView(D(args[0]), 2));
defMethod(dictType, "get", (args) => {
  if (args.length < 2) raise("TypeError", `get expected at least 1 argument, got 0`);
  const v = D(args[0]).get(args[1]);
  return v === undefined ? (args.length > 2 ? args[2] : None) : v;
});
defMethod(dictType, "setdefault", (args) => {
  const d = D(args[0]);
  const v = d.get(args[1]);
  if (v !== undefined) return v;
  const dflt = args.length > 2 ? args[2] : None;
  d.set(args[1], dflt);
  return dflt;
});
defMethod(dictType, "pop", (args) => {
  const d = D(args[0]);
  const v = d.delete(args[1]);
  if (v !== undefined) return v;
  if (args.length > 2) return args[2];
  return keyError(args[1]);
});
defMethod(dictType, "popitem", (args) => {
  const r = D(args[0]).popLast();
  if (r === undefined) raise("KeyError", "popitem(): dictionary is empty");
  return newTuple(r);
});
defMethod(dictType, "clear", (args) => {
  D(args[0]).clear();
  return None;
});
defMethod(dictType, "copy", (args) => D(args[0]).copy());
defMethod(dictType, "update", (args, kw) => {
  const d = D(args[0]);
  if (args.length > 2) raise("TypeError", `update expected at most 1 argument, got ${args.length - 1}`);
  if (args.length > 1) dictUpdateFrom(d, args[1]);
  if (kw) for (const [k, v] of kw) d.setStr(k, v);
  return None;
});
dictType.ns.set("fromkeys", new PyClassMethod(new PyBuiltin("fromkeys", (args) => {
  const cls = args[0] as PyType;
  const d = cls === dictType ? new PyDict() : (call(cls, []) as PyDict);
  const v = args.length > 2 ? args[2] : None;
  for (const k of toArray(args[1])) {
    if (d.cls === dictType) d.set(k, v);
    else call(getAttrOrUndefined(d, "__setitem__")!, [k, v]);
  }
  return d;
}, true)));
defMethod(dictType, "__or__", (args) => {
  if (!(args[1] instanceof PyDict)) return NotImplemented;
  const d = D(args[0]).copy();
  dictUpdateFrom(d, args[1]);
  return d;
});
defMethod(dictType, "__ror__", (args) => {
  if (!(args[1] instanceof PyDict)) return NotImplemented;
  const d = (args[1] as PyDict).copy();
  dictUpdateFrom(d, args[0]);
  return d;
});
defMethod(dictType, "__ior__", (args) => {
  dictUpdateFrom(D(args[0]), args[1]);
  return args[0];
});
function dictEq(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a.entries()) {
    const w = b.get(k);
    if (w === undefined || !(w === v || eq(v, w))) return false;
  }
  return true;
}
defMethod(dictType, "__eq__", (args) => (args[1] instanceof PyDict ? dictEq(D(args[0]), args[1]) : NotImplemented));
defMethod(dictType, "__ne__", (args) => (args[1] instanceof PyDict ? !dictEq(D(args[0]), args[1]) : NotImplemented));
dictType.ns.set("__hash__", None);
defMethod(dictType, "__repr__", (args) => {
  const d = D(args[0]);
  return guardRepr(d, "{...}", () => {
    const parts: string[] = [];
    for (const [k, v] of d.entries()) parts.push(`${repr(k)}: ${repr(v)}`);
    return `{${parts.join(", ")}}`;
  });
});

// ----------------------------------------------------------------------------- views

function V(v: PyValue): DictView {
  return v as DictView;
}
for (const t of [keysType, valuesType, itemsType]) {
  defMethod(t, "__len__", (args) => V(args[0]).d.size);
  defMethod(t, "__iter__", (args) => new DictIterator(V(args[0]).d, V(args[0]).kind));
  defMethod(t, "__reversed__", (args) => new DictIterator(V(args[0]).d, V(args[0]).kind, true));
  defMethod(t, "__repr__", (args) => {
    const v = V(args[0]);
    const items: string[] = [];
    const it = new DictIterator(v.d, v.kind);
    for (let x = it.next(); x !== undefined; x = it.next()) items.push(repr(x));
    return `${t.name}([${items.join(", ")}])`;
  });
}
defMethod(keysType, "__contains__", (args) => V(args[0]).d.has(args[1]));
defMethod(valuesType, "__contains__", (args) => {
  for (const [, v] of V(args[0]).d.entries()) if (v === args[1] || eq(v, args[1])) return true;
  return false;
});
defMethod(itemsType, "__contains__", (args) => {
  const x = args[1];
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const v = V(args[0]).d.get(x.items[0]);
  return v !== undefined && (v === x.items[1] || eq(v, x.items[1]));
});
for (const t of [keysType, itemsType]) {
  const setOp = (name: string, reflected: boolean): void => {
    defMethod(t, name, (args) => {
      const self = setFromIterable(args[0]);
      let other: PyValue;
      try {
        other = setFromIterable(args[1]);
      } catch {
        return NotImplemented;
      }
      const [a, b] = reflected ? [other, self] : [self, other];
      return call(getAttrOrUndefined(a, name.replace("__r", "__"))!, [b]);
    });
  };
  for (const op of ["and", "or", "sub", "xor"]) {
    setOp(`__${op}__`, false);
    setOp(`__r${op}__`, true);
  }
  for (const n of ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"]) {
    defMethod(t, n, (args) => {
      const o = args[1];
      if (!(o instanceof DictView) && typeOf(o).name !== "set" && typeOf(o).name !== "frozenset") return NotImplemented;
      return call(getAttrOrUndefined(setFromIterable(args[0]), n)!, [setFromIterable(o)]);
    });
  }
  defMethod(t, "isdisjoint", (args) => {
    for (const x of toArray(args[1])) if (contains(args[0], x)) return false;
    return true;
  });
}
void makeSet;
void PyList;
