// Benchmark runner: every bench/*.py under python3 and taipan in the same run, as ratios.
// Usage: npm run bench -- [--runs N] [--only a,b] [--marginal]
// Columns: CPython, taipan --no-jit and taipan (JIT on) whole-process seconds and their ratios
// to CPython (lower is better); with --marginal, the steady-state speedup of taipan over
// CPython: (CPython at 10x size - CPython at 1x) / (taipan at 10x - taipan at 1x), higher is better.
import { spawnSync, execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const benchDir = join(root, "bench");
const cli = join(root, "bin", "taipan.js");
/** How `npx taipan` starts node (bin/taipan.js's shebang); without it the script re-runs itself. */
const node = [process.execPath, "--stack-size=4000"] as const;

/** Default size of each program (its sys.argv[1]); the marginal run uses 10x. */
const DEFAULT_SIZE: Record<string, number> = {
  sum_loop: 10_000_000, fib: 35, mandelbrot: 720, nbody: 250_000, spectral_norm: 480, fannkuch: 9,
  sieve: 12_000_000, nqueens: 11, binary_trees: 16, oop: 320, strings: 240_000, dicts: 900_000,
  closures: 900, pidigits: 40_000,
};

/** Sizes for the marginal run where 10x would not scale linearly (fib, fannkuch, nqueens, binary_trees). */
const BIG_SIZE: Record<string, number> = {
  fib: 40, fannkuch: 10, nqueens: 12, binary_trees: 19, mandelbrot: 2277, spectral_norm: 1518, oop: 1012,
};

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(opt("--runs") ?? "1");
const only = opt("--only")?.split(",");
const marginal = args.includes("--marginal");

function realPython(): string {
  return execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
}

interface Timing {
  seconds: number;
  stdout: string;
  ok: boolean;
}

function time(cmd: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Timing {
  let best = Infinity;
  let out = "";
  let ok = true;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { encoding: "utf8", env, maxBuffer: 64 << 20, timeout: 600_000 });
    const dt = Number(process.hrtime.bigint() - t0) / 1e9;
    times.push(dt);
    out = r.stdout ?? "";
    if (r.status !== 0) {
      ok = false;
      out += r.stderr ?? "";
    }
  }
  times.sort((a, b) => a - b);
  best = times[Math.floor(times.length / 2)];
  return { seconds: best, stdout: out, ok };
}

const python = realPython();
const programs = readdirSync(benchDir)
  .filter((f) => f.endsWith(".py"))
  .map((f) => basename(f, ".py"))
  .filter((n) => !only || only.includes(n))
  .sort();

const rows: string[][] = [];
const header = ["program", "cpython s", "no-jit s", "no-jit/cpy", "taipan s", "taipan/cpy", "output"];
if (marginal) header.push("cpython big s", "taipan big s", "marginal speedup");
rows.push(header);
let logSum = 0;
let logSumNoJit = 0;
for (const name of programs) {
  const file = join(benchDir, name + ".py");
  const expected = readFileSync(join(benchDir, "expected", name + ".out"), "utf8");
  const py = time(python, [file]);
  const nj = time(node[0], [node[1], cli, "--no-jit", file]);
  const tp = time(node[0], [node[1], cli, file]);
  const correct = tp.ok && nj.ok && tp.stdout === expected && nj.stdout === expected && py.stdout === expected;
  const ratio = tp.seconds / py.seconds;
  logSum += Math.log(ratio);
  logSumNoJit += Math.log(nj.seconds / py.seconds);
  const row = [name, py.seconds.toFixed(3), nj.seconds.toFixed(3), (nj.seconds / py.seconds).toFixed(2) + "x", tp.seconds.toFixed(3), ratio.toFixed(2) + "x", correct ? "ok" : "WRONG"];
  if (marginal) {
    const big = String(BIG_SIZE[name] ?? DEFAULT_SIZE[name] * 10);
    const pyBig = time(python, [file, big]);
    const tpBig = time(node[0], [node[1], cli, file, big]);
    const m = (pyBig.seconds - py.seconds) / (tpBig.seconds - tp.seconds);
    row.push(pyBig.seconds.toFixed(3), tpBig.seconds.toFixed(3), m.toFixed(2) + "x" + (tpBig.stdout === pyBig.stdout ? "" : " WRONG"));
  }
  rows.push(row);
  process.stderr.write(row.join("  ") + "\n");
}
const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
const line = (r: string[]) => "| " + r.map((c, i) => c.padEnd(widths[i])).join(" | ") + " |";
console.log(line(rows[0]));
console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
for (const r of rows.slice(1)) console.log(line(r));
console.log(`geometric mean taipan/cpython: ${Math.exp(logSum / programs.length).toFixed(2)}x with the JIT, ` +
  `${Math.exp(logSumNoJit / programs.length).toFixed(2)}x without (whole process, ${runs} run(s) each, median)`);
