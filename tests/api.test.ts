// Embedding API: exec/eval/call, globals, host modules, conversions, PythonError.
import test from "ava";
import { createVM, PythonError, PyProxy } from "../vm/api.js";

async function vmWithOutput() {
  let out = "";
  let err = "";
  const vm = await createVM({ stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { vm, out: () => out, err: () => err };
}

test("exec prints through the stdout sink", async (t) => {
  const { vm, out } = await vmWithOutput();
  vm.exec("print('hello', 1 + 2)\nprint([1, 2.5, 'x', None, True])");
  t.is(out(), "hello 3\n[1, 2.5, 'x', None, True]\n");
});

test("eval converts results to JS values", async (t) => {
  const { vm } = await vmWithOutput();
  t.is(vm.eval("6 * 7"), 42);
  t.is(vm.eval("2 ** 100"), 2n ** 100n);
  t.is(vm.eval("1 / 4"), 0.25);
  t.is(vm.eval("'a' * 3"), "aaa");
  t.is(vm.eval("None"), null);
  t.is(vm.eval("3 > 2"), true);
  t.deepEqual(vm.eval("[1, (2, 3)]"), [1, [2, 3]]);
  t.deepEqual(vm.eval("{'a': 1, 2: 'b'}"), new Map<unknown, unknown>([["a", 1], [2, "b"]]));
});

test("call invokes guest functions by name with converted arguments", async (t) => {
  const { vm } = await vmWithOutput();
  vm.exec("def area(w, h=2):\n    return w * h\nclass P:\n    pass\n");
  t.is(vm.call("area", 6, 7), 42);
  t.is(vm.call("area", 1.5), 3);
  t.is(vm.call("area", "ab", 2), "abab");
  const p = vm.eval("P()");
  t.true(p instanceof PyProxy);
  t.is((p as PyProxy).type, "P");
});

test("globals can be read and written", async (t) => {
  const { vm } = await vmWithOutput();
  vm.globals.set("limit", 10);
  vm.globals.set("names", ["a", "b"]);
  vm.globals.set("cfg", { depth: 3 });
  vm.exec("total = sum(range(limit))\nn = len(names)\nd = cfg['depth']");
  t.is(vm.globals.get("total"), 45);
  t.is(vm.globals.get("n"), 2);
  t.is(vm.globals.get("d"), 3);
  t.false(vm.globals.has("missing"));
});

test("host modules are importable and called with converted values", async (t) => {
  const { vm, out } = await vmWithOutput();
  const seen: unknown[] = [];
  vm.registerModule("host", {
    greet: (name: unknown) => `hello, ${name}`,
    record: (...args: unknown[]) => {
      seen.push(args);
      return null;
    },
    VERSION: 3,
  });
  vm.exec("import host\nprint(host.greet('py'))\nhost.record(1, 2.5, [1])\nprint(host.VERSION)");
  t.is(out(), "hello, py\n3\n");
  t.deepEqual(seen, [[1, 2.5, [1]]]);
});

test("guest exceptions reach the host as PythonError with a traceback", async (t) => {
  const { vm } = await vmWithOutput();
  vm.exec("def f(x):\n    return 1 / x\n", { filename: "m.py" });
  const e = t.throws(() => vm.call("f", 0), { instanceOf: PythonError }) as PythonError;
  t.is(e.type, "ZeroDivisionError");
  t.is(e.pyMessage, "division by zero");
  t.true(e.traceback.startsWith("Traceback (most recent call last):\n"));
  t.true(e.traceback.includes('File "m.py", line 2, in f'));
  t.true(e.traceback.endsWith("ZeroDivisionError: division by zero\n"));
});

test("syntax errors are PythonErrors with position", async (t) => {
  const { vm } = await vmWithOutput();
  const e = t.throws(() => vm.exec("x = (1,\n", { filename: "bad.py" }), { instanceOf: PythonError }) as PythonError;
  t.is(e.type, "SyntaxError");
  t.true(e.traceback.includes('File "bad.py", line 1'));
});

test("host exceptions inside host functions become Python exceptions", async (t) => {
  const { vm } = await vmWithOutput();
  vm.registerModule("host", {
    fail: () => {
      throw new Error("boom");
    },
  });
  vm.exec("import host\ntry:\n    host.fail()\nexcept Exception as e:\n    r = type(e).__name__\n");
  t.is(typeof vm.globals.get("r"), "string");
});

test("deep recursion raises RecursionError, never a JS RangeError", async (t) => {
  const { vm } = await vmWithOutput();
  vm.exec("def f(n):\n    return f(n + 1)\n");
  const e = t.throws(() => vm.call("f", 0), { instanceOf: PythonError }) as PythonError;
  t.is(e.type, "RecursionError");
  vm.exec("import sys\nsys.setrecursionlimit(100000)\ndef g(n):\n    return 0 if n == 0 else 1 + g(n - 1)\n");
  t.is(vm.call("g", 50000), 50000);
});

test("VMs are isolated from each other", async (t) => {
  const a = await vmWithOutput();
  const b = await vmWithOutput();
  a.vm.exec("x = 1\nimport sys\nsys.marker = 'a'");
  t.false(b.vm.globals.has("x"));
  t.is(b.vm.eval("hasattr(__import__('sys'), 'marker')"), false);
});
