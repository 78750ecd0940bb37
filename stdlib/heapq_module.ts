// _heapq: the heap primitives heapq re-exports, in TypeScript as CPython has them in C.
// Priority-queue loops (Dijkstra, schedulers, top-k) call them millions of times; the
// Python versions cost ~10x CPython. Items are compared with `<` only, like CPython.
import { PyModule } from "../vm/objects/module.js";
import { PyBuiltin, type BuiltinFn } from "../vm/objects/function.js";
import { PyList } from "../vm/objects/list.js";
import { None, typeOf, type PyValue } from "../vm/objects/object.js";
import { lessThan } from "../vm/ops.js";
import { raise } from "../vm/raise.js";
import { builtinModules } from "./modules.js";

/** `a < b`, or `b < a` for the max-heap variants. */
type Less = (a: PyValue, b: PyValue) => boolean;
const maxLess: Less = (a, b) => lessThan(b, a);

/** A comparison can run Python code that resizes the heap; CPython refuses to go on. */
function checkSize(heap: PyValue[], n: number): void {
  if (heap.length !== n) raise("RuntimeError", "list changed size during iteration");
}

/** Moves the item at `pos` up towards `start` until its parent is not greater. */
function siftDown(heap: PyValue[], start: number, pos: number, less: Less): void {
  const n = heap.length;
  const item = heap[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    const lt = less(item, parent);
    checkSize(heap, n);
    if (!lt) break;
    heap[pos] = parent;
    pos = parentPos;
  }
  heap[pos] = item;
}

/** Moves the smaller child up until a leaf, then sifts the item at `pos` back down (Floyd). */
function siftUp(heap: PyValue[], pos: number, less: Less): void {
  const n = heap.length;
  const start = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < n) {
    const right = child + 1;
    if (right < n) {
      const lt = less(heap[child], heap[right]);
      checkSize(heap, n);
      if (!lt) child = right;
    }
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(heap, start, pos, less);
}

/** The list a heap function works on (subclasses too, whatever methods they override). */
function heapArg(fn: string, v: PyValue, single: boolean): PyValue[] {
  if (v instanceof PyList) return v.items;
  raise("TypeError", `${fn}() argument${single ? "" : " 1"} must be list, not ${typeOf(v).name}`);
}

/** Positional-only arity check with CPython's wording. */
function positional(fn: string, n: number, impl: (args: PyValue[]) => PyValue): BuiltinFn {
  return (args, kw) => {
    if (kw !== null && kw.size > 0) raise("TypeError", `_heapq.${fn}() takes no keyword arguments`);
    if (args.length !== n) {
      if (n === 1) raise("TypeError", `_heapq.${fn}() takes exactly one argument (${args.length} given)`);
      raise("TypeError", `${fn} expected ${n} arguments, got ${args.length}`);
    }
    return impl(args);
  };
}

function pop(heap: PyValue[], less: Less): PyValue {
  if (heap.length === 0) raise("IndexError", "index out of range");
  const last = heap.pop()!;
  if (heap.length === 0) return last;
  const top = heap[0];
  heap[0] = last;
  siftUp(heap, 0, less);
  return top;
}

function replace(heap: PyValue[], item: PyValue, less: Less): PyValue {
  if (heap.length === 0) raise("IndexError", "index out of range");
  const top = heap[0];
  heap[0] = item;
  siftUp(heap, 0, less);
  return top;
}

function heapify(heap: PyValue[], less: Less): PyValue {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, less);
  return None;
}

function createHeapq(): PyModule {
  const m = new PyModule("_heapq");
  const def = (name: string, n: number, impl: (args: PyValue[]) => PyValue) =>
    m.set(name, new PyBuiltin(name, positional(name, n, impl)));
  def("heappush", 2, ([h, item]) => {
    const heap = heapArg("heappush", h, false);
    heap.push(item);
    siftDown(heap, 0, heap.length - 1, lessThan);
    return None;
  });
  def("heappop", 1, ([h]) => pop(heapArg("heappop", h, true), lessThan));
  def("heapreplace", 2, ([h, item]) => replace(heapArg("heapreplace", h, false), item, lessThan));
  def("heappushpop", 2, ([h, item]) => {
    const heap = heapArg("heappushpop", h, false);
    if (heap.length === 0) return item;
    const top = heap[0];
    if (!lessThan(top, item)) return item;
    // The comparison may have emptied the list (CPython checks the same).
    if (heap.length === 0) raise("IndexError", "index out of range");
    heap[0] = item;
    siftUp(heap, 0, lessThan);
    return top;
  });
  def("heapify", 1, ([h]) => heapify(heapArg("heapify", h, true), lessThan));
  def("_heappop_max", 1, ([h]) => pop(heapArg("_heappop_max", h, true), maxLess));
  def("_heapreplace_max", 2, ([h, item]) => replace(heapArg("_heapreplace_max", h, false), item, maxLess));
  def("_heapify_max", 1, ([h]) => heapify(heapArg("_heapify_max", h, true), maxLess));
  return m;
}

builtinModules.set("_heapq", createHeapq);
