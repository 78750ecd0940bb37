// Python-visible attributes of functions, methods, builtins, descriptors, exceptions and modules.
import { None, typeOf, type PyValue, PyType, PyObject, makeBuiltinType } from "./object.js";
import {
  functionType, methodType, builtinType, staticMethodType, classMethodType, propertyType, cellType,
  PyFunction, PyMethod, PyBuiltin, PyStaticMethod, PyClassMethod, PyProperty, PyCell, defMethod, defGetSet, getSetType, PyGetSet,
} from "./function.js";
import { PyDict } from "./dict.js";
import { newTuple, PyTuple } from "./tuple.js";
import { PyException, BaseException, exceptionTypes } from "./exception.js";
import { moduleType, PyModule } from "./module.js";
import { raise } from "../raise.js";
import { call, repr, str, identity, allocInstance, bindAttr, getAttrOrUndefined } from "../ops.js";
import { CodeObject } from "../code.js";
import { instanceDictDescr } from "./type.js";
import { PyList } from "./list.js";

function F(v: PyValue): PyFunction {
  if (!(v instanceof PyFunction)) raise("TypeError", "descriptor requires a 'function' object");
  return v;
}

defGetSet(functionType, "__name__", (s) => F(s).name, (s, v) => {
  if (typeof v !== "string") raise("TypeError", "__name__ must be set to a string object");
  F(s).name = v;
});
defGetSet(functionType, "__qualname__", (s) => F(s).qualname, (s, v) => {
  if (typeof v !== "string") raise("TypeError", "__qualname__ must be set to a string object");
  F(s).qualname = v;
});
defGetSet(functionType, "__doc__", (s) => F(s).doc, (s, v) => {
  F(s).doc = v ?? None;
});
defGetSet(functionType, "__module__", (s) => F(s).module, (s, v) => {
  F(s).module = v ?? None;
});
defGetSet(functionType, "__defaults__", (s) => (F(s).defaults ? newTuple(F(s).defaults!.slice()) : None), (s, v) => {
  F(s).defaults = v === undefined || v === None ? null : (v as PyTuple).items.slice();
});
defGetSet(functionType, "__kwdefaults__", (s) => F(s).kwdefaults ?? None, (s, v) => {
  F(s).kwdefaults = v === undefined || v === None ? null : (v as PyDict);
});
defGetSet(functionType, "__globals__", (s) => F(s).globals);
defGetSet(functionType, "__closure__", (s) => (F(s).closure ? newTuple(F(s).closure!.slice()) : None));
defGetSet(functionType, "__code__", (s) => codeProxy(F(s).code));
defGetSet(functionType, "__annotations__", (s) => {
  const f = F(s);
  if (f.annotations === null) f.annotations = new PyDict();
  return f.annotations;
}, (s, v) => {
  F(s).annotations = v as PyDict;
});
defGetSet(functionType, "__dict__", (s) => {
  const f = F(s);
  if (f.dict === null) f.dict = new PyDict();
  return f.dict;
});
functionType.hasInstanceDict = true;
defMethod(functionType, "__call__", (args, kw) => call(args[0], args.slice(1), kw));
defMethod(methodType, "__call__", (args, kw) => call(args[0], args.slice(1), kw));
defMethod(builtinType, "__call__", (args, kw) => call(args[0], args.slice(1), kw));
defMethod(functionType, "__get__", (args) => (args[1] === None ? args[0] : new PyMethod(args[0], args[1])));
defMethod(functionType, "__repr__", (args) => `<function ${F(args[0]).qualname} at 0x${(0x7f0000000000 + identity(F(args[0])) * 16).toString(16)}>`);

// Other attributes of a bound method are those of its function (m.__wrapped__, m.tag, ...).
methodType.customGetAttr = (o, name) => {
  const own = methodType.lookup(name);
  if (own !== undefined) return bindAttr(own, o, methodType);
  return getAttrOrUndefined((o as PyMethod).func, name);
};
defGetSet(methodType, "__self__", (s) => (s as PyMethod).self);
defGetSet(methodType, "__func__", (s) => (s as PyMethod).func);
defGetSet(methodType, "__name__", (s) => {
  const f = (s as PyMethod).func;
  return f instanceof PyFunction ? f.name : f instanceof PyBuiltin ? f.name : "?";
});
defGetSet(methodType, "__qualname__", (s) => {
  const f = (s as PyMethod).func;
  if (f instanceof PyBuiltin) return f.owner ? `${f.owner}.${f.name}` : f.name;
  return f instanceof PyFunction ? f.qualname : "?";
});
defGetSet(methodType, "__doc__", (s) => {
  const f = (s as PyMethod).func;
  return f instanceof PyFunction ? f.doc : None;
});
defMethod(methodType, "__repr__", (args) => {
  const m = args[0] as PyMethod;
  const f = m.func;
  const name = f instanceof PyFunction ? f.qualname : f instanceof PyBuiltin ? f.name : "?";
  if (f instanceof PyBuiltin) {
    const self = m.self;
    if (self instanceof PyType) return `<built-in method ${f.name} of type object at 0x${(0x7f0000000000 + identity(self) * 16).toString(16)}>`;
    const id = typeof self === "object" ? identity(self) : 0;
    return `<built-in method ${f.name} of ${typeOf(self).name} object at 0x${(0x7f0000000000 + id * 16).toString(16)}>`;
  }
  return `<bound method ${name} of ${repr(m.self)}>`;
});
defMethod(methodType, "__eq__", (args) => args[1] instanceof PyMethod && (args[0] as PyMethod).func === args[1].func && (args[0] as PyMethod).self === args[1].self);
defMethod(methodType, "__hash__", (args) => identity(args[0] as PyMethod));

defGetSet(builtinType, "__name__", (s) => (s as PyBuiltin).name);
defGetSet(builtinType, "__qualname__", (s) => ((s as PyBuiltin).owner ? `${(s as PyBuiltin).owner}.${(s as PyBuiltin).name}` : (s as PyBuiltin).name));
defGetSet(builtinType, "__doc__", () => None);
defGetSet(builtinType, "__module__", () => "builtins");
/** Dunder methods that CPython exposes as plain method descriptors rather than slot wrappers. */
const METHOD_DUNDERS = new Set([
  "__format__", "__reduce__", "__reduce_ex__", "__sizeof__", "__dir__", "__getstate__", "__length_hint__",
  "__subclasshook__", "__init_subclass__", "__round__", "__trunc__", "__floor__", "__ceil__", "__getnewargs__",
  "__reversed__", "__class_getitem__", "__instancecheck__", "__subclasscheck__", "__subclasses__", "__prepare__",
  "__enter__", "__exit__", "__getnewargs_ex__", "__setstate__", "__copy__", "__deepcopy__",
]);
/** Owners whose `__getitem__` is a method descriptor (METH_COEXIST) rather than a slot wrapper. */
const GETITEM_METHOD_OWNERS = new Set(["list", "dict", "bytearray"]);
defMethod(builtinType, "__repr__", (args) => {
  const b = args[0] as PyBuiltin;
  if (b.binds && b.owner) {
    const n = b.name;
    const slot = n.length > 4 && n.startsWith("__") && n.endsWith("__") && !METHOD_DUNDERS.has(n) &&
      !(n === "__getitem__" && GETITEM_METHOD_OWNERS.has(b.owner)) && !(n === "__contains__" && b.owner === "dict");
    return slot ? `<slot wrapper '${n}' of '${b.owner}' objects>` : `<method '${n}' of '${b.owner}' objects>`;
  }
  return `<built-in function ${b.name}>`;
});
defMethod(builtinType, "__get__", (args) => {
  const b = args[0] as PyBuiltin;
  return b.binds && args[1] !== None ? new PyMethod(b, args[1]) : b;
});

// types.MethodType(func, obj): a method bound by hand (weakref.WeakMethod rebuilds methods so).
methodType.ns.set("__new__", new PyBuiltin("__new__", (args) => {
  if (args.length !== 3) raise("TypeError", `method expected 2 arguments, got ${Math.max(0, args.length - 1)}`);
  if (typeOf(args[1]).lookup("__call__") === undefined) raise("TypeError", "first argument must be callable");
  if (args[2] === None) raise("TypeError", "instance must not be None");
  return new PyMethod(args[1], args[2]);
}));

// staticmethod / classmethod / property
staticMethodType.ns.set("__new__", new PyBuiltin("__new__", (args) => new PyStaticMethod(args[1] ?? None, args[0] as PyType)));
defMethod(staticMethodType, "__init__", (args) => {
  (args[0] as PyStaticMethod).func = args[1];
  return None;
});
defGetSet(staticMethodType, "__func__", (s) => (s as PyStaticMethod).func);
defMethod(staticMethodType, "__get__", (args) => (args[0] as PyStaticMethod).func);
defMethod(staticMethodType, "__call__", (args, kw) => call((args[0] as PyStaticMethod).func, args.slice(1), kw));
classMethodType.ns.set("__new__", new PyBuiltin("__new__", (args) => new PyClassMethod(args[1] ?? None, args[0] as PyType)));
defMethod(classMethodType, "__init__", (args) => {
  (args[0] as PyClassMethod).func = args[1];
  return None;
});
defGetSet(classMethodType, "__func__", (s) => (s as PyClassMethod).func);
defMethod(classMethodType, "__get__", (args) => {
  const owner = args.length > 2 && args[2] !== None ? args[2] : typeOf(args[1]);
  return classMethodBind((args[0] as PyClassMethod).func, owner);
});
for (const t of [staticMethodType, classMethodType]) {
  defGetSet(t, "__wrapped__", (s) => (s as PyStaticMethod).func);
  defGetSet(t, "__isabstractmethod__", () => false);
}

function P(v: PyValue): PyProperty {
  return v as PyProperty;
}
propertyType.ns.set("__new__", new PyBuiltin("__new__", (args) => new PyProperty(None, None, None, None, args[0] as PyType)));
defMethod(propertyType, "__init__", (args, kw) => {
  const p = P(args[0]);
  p.fget = args[1] ?? kw?.get("fget") ?? None;
  p.fset = args[2] ?? kw?.get("fset") ?? None;
  p.fdel = args[3] ?? kw?.get("fdel") ?? None;
  let doc = args[4] ?? kw?.get("doc") ?? None;
  if (doc === None && p.fget instanceof PyFunction) doc = p.fget.doc;
  p.doc = doc;
  return None;
});
defGetSet(propertyType, "fget", (s) => P(s).fget);
defGetSet(propertyType, "fset", (s) => P(s).fset);
defGetSet(propertyType, "fdel", (s) => P(s).fdel);
defGetSet(propertyType, "__doc__", (s) => P(s).doc);
defGetSet(propertyType, "__isabstractmethod__", () => false);
function copyProp(p: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): PyProperty {
  const doc = p.doc === None && fget instanceof PyFunction ? fget.doc : p.doc;
  return new PyProperty(fget, fset, fdel, doc, p.cls);
}
defMethod(propertyType, "getter", (args) => copyProp(P(args[0]), args[1], P(args[0]).fset, P(args[0]).fdel));
defMethod(propertyType, "setter", (args) => copyProp(P(args[0]), P(args[0]).fget, args[1], P(args[0]).fdel));
defMethod(propertyType, "deleter", (args) => copyProp(P(args[0]), P(args[0]).fget, P(args[0]).fset, args[1]));
/** ` 'name'` of a property for 3.11's messages (from __set_name__ or the getter's name). */
function propLabel(p: PyProperty): string {
  if (p.name) return ` '${p.name}'`;
  return p.fget instanceof PyFunction ? ` '${p.fget.name}'` : "";
}
defMethod(propertyType, "__get__", (args) => {
  const p = P(args[0]);
  const obj = args[1];
  if (obj === undefined || obj === None) return p;
  if (p.fget === None) raise("AttributeError", `property${propLabel(p)} of '${typeOf(obj).name}' object has no getter`);
  return call(p.fget, [obj]);
});
defMethod(propertyType, "__set__", (args) => {
  const p = P(args[0]);
  if (p.fset === None) raise("AttributeError", `property${propLabel(p)} of '${typeOf(args[1]).name}' object has no setter`);
  call(p.fset, [args[1], args[2]]);
  return None;
});
defMethod(propertyType, "__delete__", (args) => {
  const p = P(args[0]);
  if (p.fdel === None) raise("AttributeError", `property${propLabel(p)} of '${typeOf(args[1]).name}' object has no deleter`);
  call(p.fdel, [args[1]]);
  return None;
});

defGetSet(cellType, "cell_contents", (s) => {
  const v = (s as PyCell).value;
  if (v === undefined) raise("ValueError", "Cell is empty");
  return v;
});

// ----------------------------------------------------------------------------- modules

defMethod(moduleType, "__repr__", (args) => {
  const m = args[0] as PyModule;
  const file = m.dict.getStr("__file__");
  return typeof file === "string" ? `<module '${m.name}' from '${file}'>` : `<module '${m.name}' (built-in)>`;
});
moduleType.ns.set("__new__", new PyBuiltin("__new__", (args) => new PyModule(String(args[1] ?? "?"), args[0] as PyType)));
defMethod(moduleType, "__init__", (args) => {
  const m = args[0] as PyModule;
  if (args.length > 1) m.dict.setStr("__name__", args[1]);
  m.dict.setStr("__doc__", args.length > 2 ? args[2] : None);
  return None;
});
moduleType.ns.set("__dict__", instanceDictDescr);
defMethod(moduleType, "__dir__", (args) => new PyList((args[0] as PyModule).dict.keyList()));

void CodeObject;

// Singletons' reprs.
import { Ellipsis as EllipsisObj, NotImplemented as NotImplementedObj, noneType, ellipsisType, notImplementedType } from "./object.js";
import { classMethodBind } from "../ops.js";
defMethod(noneType, "__repr__", () => "None");
defMethod(noneType, "__bool__", () => false);
defMethod(ellipsisType, "__repr__", () => "Ellipsis");
defMethod(notImplementedType, "__repr__", () => "NotImplemented");
void EllipsisObj;
void NotImplementedObj;

// Python-visible code objects (`f.__code__`).
const codeType = makeBuiltinType("code", undefined, null, false);
const codeProxies = new WeakMap<CodeObject, PyObject>();
/** A code object as Python sees it. */
export class PyCodeProxy extends PyObject {
  constructor(readonly code: CodeObject) {
    super(codeType);
  }
}
/** The (unique) Python code object of a compiled code object. */
export function codeProxy(c: CodeObject): PyValue {
  let p = codeProxies.get(c);
  if (p === undefined) {
    p = new PyCodeProxy(c);
    codeProxies.set(c, p);
  }
  return p;
}
const C = (s: PyValue): CodeObject => (s as unknown as PyCodeProxy).code;
defGetSet(codeType, "co_name", (s) => C(s).name);
defGetSet(codeType, "co_qualname", (s) => C(s).qualname);
defGetSet(codeType, "co_filename", (s) => C(s).filename);
defGetSet(codeType, "co_firstlineno", (s) => C(s).firstlineno);
defGetSet(codeType, "co_argcount", (s) => C(s).argcount);
defGetSet(codeType, "co_posonlyargcount", (s) => C(s).posonlyargcount);
defGetSet(codeType, "co_kwonlyargcount", (s) => C(s).kwonlyargcount);
defGetSet(codeType, "co_nlocals", (s) => C(s).varnames.length);
defGetSet(codeType, "co_varnames", (s) => newTuple(C(s).varnames.slice()));
defGetSet(codeType, "co_cellvars", (s) => newTuple(C(s).cellvars.slice()));
defGetSet(codeType, "co_freevars", (s) => newTuple(C(s).freevars.slice()));
defGetSet(codeType, "co_names", (s) => newTuple(C(s).names.slice()));
defGetSet(codeType, "co_flags", (s) => C(s).flags);
defMethod(codeType, "__repr__", (a) => `<code object ${C(a[0]).name}, file "${C(a[0]).filename}", line ${C(a[0]).firstlineno}>`);

defMethod(getSetType, "__repr__", (args) => {
  const d = args[0] as PyGetSet;
  if (d.owner === "") return `<getset_descriptor object at 0x${(0x7f0000000000 + identity(d) * 16).toString(16)}>`;
  return `<attribute '${d.name}' of '${d.owner}' objects>`;
});
