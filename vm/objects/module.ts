// Module objects: a namespace dict plus a name.
import { PyObject, PyType, makeBuiltinType, type PyValue } from "./object.js";
import { PyDict } from "./dict.js";

/** `module`. */
export const moduleType: PyType = makeBuiltinType("module", undefined, (cls) => new PyModule("?", cls));
moduleType.hasInstanceDict = true;

/** A Python module; its globals are `dict`. */
export class PyModule extends PyObject {
  /** The module namespace (`__dict__`, also the globals of its code). */
  declare dict: PyDict;
  constructor(name: string, cls: PyType = moduleType) {
    super(cls);
    this.dict = new PyDict();
    this.dict.setStr("__name__", name);
  }
  /** `__name__`. */
  get name(): string {
    const n = this.dict.getStr("__name__");
    return typeof n === "string" ? n : "?";
  }
  /** Sets a module attribute. */
  set(name: string, v: PyValue): void {
    this.dict.setStr(name, v);
  }
}
