// Runs every tests/conformance/*.py through the taipan CLI and compares with CPython's output.
import test from "ava";
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { availableParallelism, constants as osConstants } from "node:os";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dir = join(root, "tests", "conformance");
const cli = join(root, "bin", "taipan.js");

/** JIT modes every program runs in; all must print what CPython printed. */
const modes = (process.env.TAIPAN_TEST_MODES ?? "off,eager,default").split(",");

interface Result {
  stdout: string;
  stderr: string;
  code: number;
}

// ava starts every test of this file at once; cap the child processes at the core count so
// hundreds of VMs (three JIT modes each) do not fight over two cores and time out.
const slots = Math.max(2, availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(f: () => Promise<T>): Promise<T> {
  if (running >= slots) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await f();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

// The modes of one program run one after another: some programs write files in their cwd.
const perFile = new Map<string, Promise<unknown>>();

function run(file: string, mode: string): Promise<Result> {
  const prev = perFile.get(file) ?? Promise.resolve();
  const next = prev.then(() => limited(() => spawnRun(file, mode)));
  perFile.set(file, next);
  return next;
}

function spawnRun(file: string, mode: string): Promise<Result> {
  return new Promise((resolve) => {
    const env = { ...process.env, TAIPAN_JIT: mode === "default" ? "" : mode, PYTHONHASHSEED: "0" };
    execFile(process.execPath, ["--stack-size=4000", cli, file], { cwd: dir, env, timeout: 60_000, maxBuffer: 64 << 20 },
      (err, stdout, stderr) => {
        // A death by signal reads as -signum, as Python's subprocess reports it in the .err files.
        const code = err ? (typeof err.code === "number" ? err.code : err.signal ? -osConstants.signals[err.signal] : -1) : 0;
        resolve({ stdout, stderr, code });
      });
  });
}

const programs = readdirSync(dir)
  .filter((f) => f.endsWith(".py"))
  .filter((f) => !readFileSync(join(dir, f), "utf8").startsWith("# helper module"))
  .filter((f) => existsSync(join(dir, f.replace(/\.py$/, ".out"))))
  .sort();

for (const file of programs) {
  for (const mode of modes) {
    test(`${file} [${mode}]`, async (t) => {
      const base = join(dir, file.replace(/\.py$/, ""));
      const expectedOut = readFileSync(base + ".out", "utf8");
      const errFile = base + ".err";
      const r = await run(file, mode);
      t.is(r.stdout, expectedOut, `stdout differs; stderr:\n${r.stderr.slice(-2000)}`);
      if (existsSync(errFile)) {
        const [code, last] = readFileSync(errFile, "utf8").split("\n");
        const lines = r.stderr.trimEnd().split("\n");
        t.is(lines[lines.length - 1], last, "last line of stderr");
        t.is(r.code, Number(code), "exit code");
      } else {
        t.is(r.code, 0, `exit code; stderr:\n${r.stderr.slice(-2000)}`);
      }
    });
  }
}
