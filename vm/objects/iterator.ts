// Builtin iterators: a common base with a JS-level next() so FOR_ITER needs no Python call.
import { PyObject, PyType, makeBuiltinType, type PyValue } from "./object.js";

/** Fallback type for iterators that don't set their own. */
export const iteratorType: PyType = makeBuiltinType("iterator", undefined, null, false);

/**
 * Base of every iterator implemented in TypeScript. `next()` returns undefined when
 * exhausted (instead of raising StopIteration). Subclasses pass their own PyType
 * (e.g. `list_iterator`) whose `__iter__`/`__next__` are installed by {@link makeIteratorType}.
 */
export abstract class PyIterator extends PyObject {
  constructor(cls: PyType = iteratorType) {
    super(cls);
  }
  /** The next item, or undefined when exhausted. */
  abstract next(): PyValue | undefined;
}

/** Hook that installs `__iter__`/`__next__` on iterator types (set by the builtins module). */
export const iteratorTypes: PyType[] = [iteratorType];
/** Iterator-shaped types that `iter()` must refuse (async generators). */
export const notIterableTypes = new Set<PyType>();

/** Creates a builtin iterator type (e.g. `list_iterator`); its dunders are installed later. */
export function makeIteratorType(name: string): PyType {
  const t = makeBuiltinType(name, undefined, null, false);
  iteratorTypes.push(t);
  return t;
}
