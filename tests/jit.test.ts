// The JIT seen from outside: compiled results equal interpreted ones, deopts, OSR, stats, CLI.
import test from "ava";
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createVM, PythonError } from "../vm/api.js";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "taipan.js");

const FIB = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
`;

test("eager mode compiles a function on its first call and gives the same answer", async (t) => {
  const vm = await createVM({ jit: { mode: "eager" } });
  vm.exec(FIB);
  t.is(vm.call("fib", 20), 6765);
  const s = vm.jitStats().find((r) => r.name === "fib");
  t.truthy(s);
  t.is(s!.status, "compiled");
  t.is(s!.signature, "(int)");
  t.true(s!.wasmBytes > 0);
});

test("--no-jit never compiles", async (t) => {
  const vm = await createVM({ jit: { mode: "off" } });
  vm.exec(FIB);
  t.is(vm.call("fib", 15), 610);
  t.deepEqual(vm.jitStats(), []);
});

test("an int leaving i64 in a compiled loop deoptimises and continues exactly", async (t) => {
  const vm = await createVM({ jit: { mode: "eager" } });
  vm.exec(`
def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x
`);
  t.is(vm.call("grow", 100), expectedGrow(100));
  const s = vm.jitStats().find((r) => r.name === "grow")!;
  t.true(Object.keys(s.deopts).length > 0);
});

function expectedGrow(n: number): bigint {
  let x = 1n;
  for (let i = 0; i < n; i++) x = x * 3n + BigInt(i);
  return x;
}

test("a loop in a function called once is entered through OSR", async (t) => {
  const vm = await createVM({ jit: { mode: "eager", threshold: 1_000_000, osrThreshold: 100 } });
  vm.exec(`
def total(n):
    s = 0
    for i in range(n):
        s += i * i
    return s
result = total(100000)
`);
  t.is(vm.globals.get("result"), 333328333350000);
  const s = vm.jitStats().find((r) => r.name === "total")!;
  t.is(s.status, "compiled");
  t.true(s.osr);
});

test("an exception raised in compiled code has a traceback through compiled frames", async (t) => {
  const vm = await createVM({ jit: { mode: "eager" } });
  vm.exec("def inner(x):\n    return 10 // x\n\ndef outer(x):\n    return inner(x) + 1\n", { filename: "m.py" });
  t.is(vm.call("outer", 5), 3);
  const e = t.throws(() => vm.call("outer", 0)) as PythonError;
  t.true(e instanceof PythonError);
  t.is(e.type, "ZeroDivisionError");
  t.regex(e.traceback, /line 5, in outer[\s\S]*line 2, in inner/);
});

test("a global rebound by an interpreted callee is seen by the compiled caller", async (t) => {
  const vm = await createVM({ jit: { mode: "eager" } });
  vm.exec(`
K = 1
def bump():
    global K
    K = 100
def f():
    a = K
    bump()
    return a + K
`);
  t.is(vm.call("f"), 101);
  t.is(vm.call("f"), 200);
});

test("CLI --jit-stats and --dump-wat report the compiled function", (t) => {
  const dir = mkdtempSync(join(tmpdir(), "taipan-jit-"));
  const file = join(dir, "fib.py");
  writeFileSync(file, FIB + "print(fib(20))\n");
  const out = execFileSync(process.execPath, [cli, "--jit=eager", "--jit-stats", "--dump-wat=fib", file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  t.is(out, "6765\n");
  const r = execFileSync("sh", ["-c", `"${process.execPath}" "${cli}" --jit=eager --jit-stats --dump-wat=fib "${file}" 2>&1 >/dev/null`], { encoding: "utf8" });
  t.regex(r, /fib \(.*fib\.py:2\): \d+ calls, 0 loop iterations; compiled \(int\)/);
  t.regex(r, /\(module[\s\S]*\(func \$fib_\d+ \(param \$depth i32\) \(param \$n_i i64\) \(result i64\)/);
});
