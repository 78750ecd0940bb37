// Passes ava's TAP output through and ends with a plain "N passed, N failed" line for CI.
// Exits non-zero when any test failed or when no test ran at all.
import { createInterface } from "node:readline";

let passed = 0;
let failed = 0;
const rl = createInterface({ input: process.stdin });
rl.on("line", (line) => {
  process.stdout.write(line + "\n");
  if (/^ok \d+/.test(line) && !/# SKIP/.test(line)) passed++;
  else if (/^not ok \d+/.test(line) && !/# TODO/.test(line)) failed++;
});
rl.on("close", () => {
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
});
