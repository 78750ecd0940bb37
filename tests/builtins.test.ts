// set/frozenset table order against CPython, dict semantics, builtins called through the
// protocol layer, and the Python fixtures in tests/fixtures/builtins run through the CLI.
import test from "ava";
import { execFile } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Runtime, enterRuntime, rt } from "../vm/runtime.js";
import { initRuntime } from "../vm/exec.js";
import * as ops from "../vm/ops.js";
import { None, typeOf, type PyValue } from "../vm/objects/object.js";
import { PyDict } from "../vm/objects/dict.js";
import { PyList } from "../vm/objects/list.js";
import { PyTuple } from "../vm/objects/tuple.js";
import { PyFloat } from "../vm/objects/float.js";
import { PyException } from "../vm/objects/exception.js";
import { PySet, setType, frozensetType, setFromIterable, makeSet, frozensetConstant, frozensetHash } from "../vm/objects/set.js";
import { makeClass, computeMro } from "../vm/objects/type.js";
import { strHashCPython } from "../vm/objects/str_hash.js";
import "../stdlib/builtins.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = join(root, "tests", "fixtures", "builtins");
const cli = join(root, "bin", "taipan.js");

/** A runtime with builtins and sys, capturing stdout. */
function vm(): { out: () => string; b: (name: string) => PyValue } {
  let out = "";
  const r = new Runtime((s) => (out += s), (s) => (out += s));
  enterRuntime(r);
  initRuntime(r);
  return { out: () => out, b: (name) => rt().builtins.getStr(name)! };
}

/** Calls a method of a builtin type through the protocol layer (`type.name(self, *args)`). */
function method(obj: PyValue, name: string, ...args: PyValue[]): PyValue {
  return ops.call(ops.getAttr(obj, name), args);
}

/** Runs `f` and returns the Python exception it raised as "Type: message". */
function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyException) return `${e.cls.name}: ${e.args.length ? ops.str(e.args[0]) : ""}`;
    throw e;
  }
  return "no exception";
}

// ----------------------------------------------------------------------------- set order

interface SetCase {
  a: string[];
  b: string[];
  dels: string[];
  set_a: string[];
  set_b: string[];
  or: string[];
  and: string[];
  sub: string[];
  xor: string[];
  union: string[];
  intersection: string[];
  difference: string[];
  symmetric_difference: string[];
  after: string[];
  inplace: Record<string, string[]>;
  pops: string[];
  fs_hash: string;
}

const setCases: SetCase[] = JSON.parse(readFileSync(join(fixtures, "set_order.json"), "utf8"));

function int(s: string): PyValue {
  return ops.normBig(BigInt(s));
}

function show(s: PyValue): string[] {
  return (s as PySet).items().map((x) => String(x));
}

test("set iteration order matches CPython for construction, operators and methods", (t) => {
  vm();
  let checked = 0;
  for (const c of setCases) {
    const a = c.a.map(int), b = c.b.map(int);
    const sa = setFromIterable(new PyList(a)), sb = setFromIterable(new PyList(b));
    t.deepEqual(show(sa), c.set_a, "set(a)");
    t.deepEqual(show(sb), c.set_b, "set(b)");
    t.deepEqual(show(ops.binaryOp(ops.B.OR, sa, sb)), c.or, "a | b");
    t.deepEqual(show(ops.binaryOp(ops.B.AND, sa, sb)), c.and, "a & b");
    t.deepEqual(show(ops.binaryOp(ops.B.SUB, sa, sb)), c.sub, "a - b");
    t.deepEqual(show(ops.binaryOp(ops.B.XOR, sa, sb)), c.xor, "a ^ b");
    t.deepEqual(show(method(sa, "union", new PyList(b))), c.union, "a.union(b)");
    t.deepEqual(show(method(sa, "intersection", new PyList(b))), c.intersection, "a.intersection(b)");
    t.deepEqual(show(method(sa, "difference", new PyList(b))), c.difference, "a.difference(b)");
    t.deepEqual(show(method(sa, "symmetric_difference", new PyList(b))), c.symmetric_difference, "a.symmetric_difference(b)");
    const after = setFromIterable(new PyList(a));
    for (const d of c.dels) method(after, "discard", int(d));
    for (const x of b) method(after, "add", x);
    t.deepEqual(show(after), c.after, "discards then adds");
    const ops4: [string, number][] = [["|=", ops.B.OR], ["&=", ops.B.AND], ["-=", ops.B.SUB], ["^=", ops.B.XOR]];
    for (const [name, op] of ops4) {
      const s = setFromIterable(new PyList(a));
      t.deepEqual(show(ops.inplaceOp(op, s, sb)), c.inplace[name], name);
    }
    const p = setFromIterable(new PyList(a));
    const pops: string[] = [];
    while (p.used > 0) pops.push(String(method(p, "pop")));
    t.deepEqual(pops, c.pops, "pop order");
    t.is(String(frozensetHash(setFromIterable(new PyList(a), frozensetType))), c.fs_hash, "hash(frozenset(a))");
    checked++;
  }
  t.true(checked > 100);
});

test("small int sets print in CPython's order", (t) => {
  vm();
  const order = (xs: number[]) => makeSet(xs).items();
  t.deepEqual(order([3, 1, 2]), [1, 2, 3]);
  t.deepEqual(order([5, 100, 33]), [33, 100, 5]);
  t.deepEqual(order([-1, -2]), [-1, -2]);
  t.deepEqual(frozensetConstant([5, 100, 33, 8, 16]).items(), [33, 100, 5, 8, 16]);
  t.is(ops.repr(makeSet([])), "set()");
  t.is(ops.repr(makeSet([1, 2], frozensetType)), "frozenset({1, 2})");
  t.is(ops.repr(makeSet([], frozensetType)), "frozenset()");
  t.is(frozensetHash(makeSet([1, 2, 3], frozensetType)), -272375401224217160n);
  t.is(frozensetHash(makeSet([], frozensetType)), 133146708735736);
});

test("set membership, errors and unhashable set arguments", (t) => {
  vm();
  const s = makeSet([makeSet([1, 2], frozensetType), 3]);
  t.true(ops.contains(s, makeSet([2, 1])), "a set argument is looked up as a frozenset");
  t.is(pyError(() => ops.contains(s, new PyList([]))), "TypeError: unhashable type: 'list'");
  t.is(pyError(() => method(makeSet([]), "pop")), "KeyError: pop from an empty set");
  t.is(pyError(() => method(makeSet([]), "remove", 7)), "KeyError: 7");
  t.is(pyError(() => ops.hash(makeSet([]))), "TypeError: unhashable type: 'set'");
  t.is(pyError(() => ops.binaryOp(ops.B.OR, makeSet([]), new PyList([]))), "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
  const it = ops.getIter(s);
  ops.iterNext(it);
  method(s, "add", 99);
  t.is(pyError(() => ops.iterNext(it)), "RuntimeError: Set changed size during iteration");
  t.true(ops.isTrue(ops.compareOp(ops.C.LT, makeSet([1]), makeSet([1, 2]))));
  t.false(ops.isTrue(ops.compareOp(ops.C.LT, makeSet([1, 2]), makeSet([1, 2]))));
  t.true(ops.eq(makeSet([1, 2]), makeSet([2, 1], frozensetType)));
  t.is(typeOf(ops.binaryOp(ops.B.OR, makeSet([1], frozensetType), makeSet([2]))), frozensetType);
  t.is(typeOf(ops.binaryOp(ops.B.OR, makeSet([1]), makeSet([2], frozensetType))), setType);
});

test("strHashCPython is CPython's str hash under PYTHONHASHSEED=0", (t) => {
  const cases: [string, string][] = JSON.parse(readFileSync(join(fixtures, "str_hash.json"), "utf8"));
  for (const [s, h] of cases) t.is(String(strHashCPython(s)), h, JSON.stringify(s));
});

// ----------------------------------------------------------------------------- dict semantics

test("dict keys follow Python equality and keep insertion order", (t) => {
  vm();
  const d = new PyDict();
  ops.setItem(d, 1, "int");
  ops.setItem(d, true, "bool");
  ops.setItem(d, new PyFloat(1.0), "float");
  ops.setItem(d, "b", 2);
  ops.setItem(d, new PyTuple([1, 2]), 3);
  t.is(d.size, 3);
  t.is(ops.repr(d), "{1: 'float', 'b': 2, (1, 2): 3}");
  ops.delItem(d, "b");
  ops.setItem(d, "b", 4);
  t.is(ops.repr(method(d, "keys")), "dict_keys([1, (1, 2), 'b'])");
  t.is(ops.repr(method(d, "items")), "dict_items([(1, 'float'), ((1, 2), 3), ('b', 4)])");
  t.is(pyError(() => ops.getItem(d, "zz")), "KeyError: zz");
  t.is(pyError(() => ops.getItem(d, new PyList([]))), "TypeError: unhashable type: 'list'");
  t.is(pyError(() => method(new PyDict(), "popitem")), "KeyError: popitem(): dictionary is empty");
  t.deepEqual((method(d, "popitem") as PyTuple).items, ["b", 4]);
});

test("dict constructor, update and views", (t) => {
  const { b } = vm();
  const dict = b("dict");
  const pairs = new PyList([new PyTuple([1, 2]), new PyList(["k", "v"])]);
  t.is(ops.repr(ops.call(dict, [pairs], new Map([["z", 0]]))), "{1: 2, 'k': 'v', 'z': 0}");
  t.is(pyError(() => ops.call(dict, [new PyList([new PyTuple([1, 2, 3])])])), "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  t.is(pyError(() => ops.call(dict, [new PyList([1])])), "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  const d = ops.call(dict, [], new Map<string, PyValue>([["a", 1], ["b", 2], ["c", 3]])) as PyDict;
  const keys = method(d, "keys");
  t.is(ops.repr(ops.binaryOp(ops.B.AND, keys, makeSet(["b", "c", "x"]))), ops.repr(makeSet(["b", "c"])));
  t.true(ops.eq(keys, makeSet(["a", "b", "c"])));
  t.is(ops.len(method(d, "values")), 3);
  t.true(ops.eq(ops.binaryOp(ops.B.OR, d, ops.call(dict, [], new Map([["d", 4]]))), ops.call(dict, [], new Map<string, PyValue>([["a", 1], ["b", 2], ["c", 3], ["d", 4]]))));
  const it = ops.getIter(d);
  ops.iterNext(it);
  ops.setItem(d, "new", 1);
  t.is(pyError(() => ops.iterNext(it)), "RuntimeError: dictionary changed size during iteration");
  t.is(ops.repr(method(dict, "fromkeys", new PyList([1, 2]), 0)), "{1: 0, 2: 0}");
  t.is(ops.hash === undefined ? "" : pyError(() => ops.hash(d)), "TypeError: unhashable type: 'dict'");
  const r = new PyDict();
  r.setStr("me", r);
  t.is(ops.repr(r), "{'me': {...}}");
});

// ----------------------------------------------------------------------------- builtins

test("print, sorted, min/max, sum and friends through ops.call", (t) => {
  const { out, b } = vm();
  ops.call(b("print"), [1, "a", None, new PyFloat(2.5)], new Map<string, PyValue>([["sep", "-"], ["end", "!\n"]]));
  t.is(out(), "1-a-None-2.5!\n");
  const xs = new PyList([3, 1, 2]);
  t.is(ops.repr(ops.call(b("sorted"), [xs], new Map([["reverse", true]]))), "[3, 2, 1]");
  t.is(ops.call(b("max"), [xs]), 3);
  t.is(ops.call(b("min"), [4, 2, 8]), 2);
  t.is(pyError(() => ops.call(b("max"), [new PyList([])])), "ValueError: max() arg is an empty sequence");
  t.is(pyError(() => ops.call(b("max"), [])), "TypeError: max expected at least 1 argument, got 0");
  t.is(ops.call(b("max"), [new PyList([])], new Map([["default", "d"]])), "d");
  t.is(ops.call(b("sum"), [xs]), 6);
  t.is(ops.repr(ops.call(b("sum"), [new PyList(Array.from({ length: 10 }, () => new PyFloat(0.1)))])), "0.9999999999999999");
  t.is(pyError(() => ops.call(b("sum"), [xs, "s"])), "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
  t.is(ops.call(b("abs"), [-5]), 5);
  t.is(ops.call(b("chr"), [9731]), "☃");
  t.is(pyError(() => ops.call(b("chr"), [0x110000])), "ValueError: chr() arg not in range(0x110000)");
  t.is(ops.call(b("ord"), ["é"]), 233);
  t.is(pyError(() => ops.call(b("ord"), ["ab"])), "TypeError: ord() expected a character, but string of length 2 found");
  t.is(ops.call(b("hex"), [255]), "0xff");
  t.is(ops.call(b("bin"), [-5]), "-0b101");
  t.is(ops.call(b("oct"), [8]), "0o10");
  t.is(ops.repr(ops.call(b("divmod"), [7, -2])), "(-4, -1)");
  t.is(ops.call(b("pow"), [2, 10, 1000]), 24);
  t.is(ops.repr(ops.call(b("list"), [ops.call(b("enumerate"), [new PyList(["a", "b"]), 1])])), "[(1, 'a'), (2, 'b')]");
  t.is(ops.repr(ops.call(b("list"), [ops.call(b("zip"), [new PyList([1, 2]), "ab"])])), "[(1, 'a'), (2, 'b')]");
  t.is(ops.repr(ops.call(b("list"), [ops.call(b("reversed"), [xs])])), "[2, 1, 3]");
  t.true(ops.call(b("isinstance"), [true, new PyTuple([b("str"), b("int")])]) as boolean);
  t.is(pyError(() => ops.call(b("isinstance"), [1, 1])), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  t.true(ops.call(b("issubclass"), [b("bool"), b("int")]) as boolean);
  t.is(ops.call(b("getattr"), [1, "nope", "dflt"]), "dflt");
  t.false(ops.call(b("hasattr"), [1, "nope"]) as boolean);
  t.true(ops.call(b("callable"), [b("len")]) as boolean);
  t.is(ops.call(b("len"), ["héllo"]), 5);
  t.is(ops.repr(ops.call(b("round"), [new PyFloat(2.675), 2])), "2.67");
  t.is(ops.repr(b("len")), "<built-in function len>");
  t.is(ops.repr(b("int")), "<class 'int'>");
  t.is(ops.repr(ops.call(b("type"), [makeSet([])])), "<class 'set'>");
});

test("type(name, bases, ns) builds classes with the C3 MRO", (t) => {
  const { b } = vm();
  const type = b("type"), object = b("object");
  const A = ops.call(type, ["A", new PyTuple([object]), new PyDict()]);
  const B = ops.call(type, ["B", new PyTuple([A]), new PyDict()]);
  const C = ops.call(type, ["C", new PyTuple([A]), new PyDict()]);
  const D = ops.call(type, ["D", new PyTuple([B, C]), new PyDict()]);
  t.is(ops.repr(ops.getAttr(D, "__mro__")), "(<class 'D'>, <class 'B'>, <class 'C'>, <class 'A'>, <class 'object'>)");
  t.is(pyError(() => ops.call(type, ["E", new PyTuple([A, B]), new PyDict()])),
    "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  t.is(pyError(() => ops.call(type, ["E", new PyTuple([b("int"), b("str")]), new PyDict()])), "TypeError: multiple bases have instance lay-out conflict");
  t.is(pyError(() => ops.call(type, ["E", new PyTuple([b("bool")]), new PyDict()])), "TypeError: type 'bool' is not an acceptable base type");
  t.is(ops.repr(ops.call(ops.getAttr(A, "__subclasses__"), [])), "[<class 'B'>, <class 'C'>]");
  const ns = new PyDict();
  ns.setStr("__slots__", new PyTuple(["x"]));
  const S = makeClass("S", [object], ns);
  const s = ops.call(S, []);
  t.is(pyError(() => ops.getAttr(s, "x")), "AttributeError: 'S' object has no attribute 'x'");
  ops.setAttr(s, "x", 5);
  t.is(ops.getAttr(s, "x"), 5);
  t.is(pyError(() => ops.setAttr(s, "y", 1)), "AttributeError: 'S' object has no attribute 'y'");
  t.deepEqual(computeMro(D as never, [B as never, C as never]).map((x) => x.name), ["D", "B", "C", "A", "object"]);
  t.is(ops.repr(ops.binaryOp(ops.B.OR, b("int"), None)), "int | None");
  t.is(ops.repr(ops.getItem(b("list"), b("int"))), "list[int]");
});

test("exceptions: args, str/repr, KeyError repr, OSError fields", (t) => {
  const { b } = vm();
  const ve = ops.call(b("ValueError"), ["x"]);
  t.is(ops.repr(ve), "ValueError('x')");
  t.is(ops.str(ops.call(b("ValueError"), [1, 2])), "(1, 2)");
  t.is(ops.str(ops.call(b("KeyError"), ["a"])), "'a'");
  const os = ops.call(b("OSError"), [2, "No such file or directory", "f.txt"]);
  t.is(typeOf(os).name, "FileNotFoundError");
  t.is(ops.str(os), "[Errno 2] No such file or directory: 'f.txt'");
  t.is(ops.getAttr(ops.call(b("StopIteration"), [5]), "value"), 5);
  t.is(ops.getAttr(ops.call(b("SystemExit"), []), "code"), None);
});

// ----------------------------------------------------------------------------- Python fixtures

function runCli(file: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--stack-size=4000", cli, file], { cwd: fixtures, env: { ...process.env, PYTHONHASHSEED: "0" }, timeout: 60_000 },
      (_err, stdout, stderr) => resolve(stdout + stderr));
  });
}

const programs = readdirSync(fixtures).filter((f) => f.endsWith(".py") && f !== "regen.py" && !f.startsWith("gen_")).sort();
for (const file of programs) {
  test(`fixture ${file} prints what CPython printed`, async (t) => {
    // Traceback caret lines (CPython's ^^^^ markers) are the interpreter's business, not compared here.
    // The checkout's absolute path differs between machines: compare file names, not directories.
    const strip = (s: string) => s.split("\n").filter((l) => !/^\s*[~^]+\s*$/.test(l)).join("\n")
      .replace(/File "[^"]*\/tests\/fixtures\/builtins\//g, 'File "');
    const expected = readFileSync(join(fixtures, file.replace(/\.py$/, ".out")), "utf8");
    t.is(strip(await runCli(file)), strip(expected));
  });
}
