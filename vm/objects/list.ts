// The Python list: a JS array of values.
import { PyObject, PyType, makeBuiltinType, type PyValue } from "./object.js";

/** `list`. */
export const listType: PyType = makeBuiltinType("list", undefined, (cls) => new PyList([], cls));

/** A Python `list`. */
export class PyList extends PyObject {
  /** The elements. */
  items: PyValue[];
  constructor(items: PyValue[], cls: PyType = listType) {
    super(cls);
    this.items = items;
  }
}

/** Wraps a JS array (taken over, not copied) as a list. */
export function newList(items: PyValue[]): PyList {
  return new PyList(items);
}
