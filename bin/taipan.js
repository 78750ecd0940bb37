#!/usr/bin/env -S node --stack-size=4000
// Entry point of the `taipan` command.
//
// Stack: Python calls that go through dunder methods, properties or builtins (repr, sorted's
// key, ...) nest the interpreter on the JS stack. Node's default (~1 MB) allows about 600 such
// levels, short of CPython's default recursion limit of 1000, so taipan runs with a 4 MB stack:
// the shebang passes the flag, and a plain `node bin/taipan.js` re-runs itself with it.
//
// Modules: it runs dist/taipan.js, the CLI bundled into one module by `npm run build` (loading
// one file instead of ~110 saves about a third of start-up), unless `tsc` has rebuilt dist/
// since the bundle was made; then the separate modules are current.
import { statSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

if (!process.execArgv.some((a) => a.startsWith("--stack-size"))) {
  const args = ["--stack-size=4000", ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)];
  const r = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (r.signal) process.kill(process.pid, r.signal);
  process.exit(r.status ?? 1);
}

const dist = new URL("../dist/", import.meta.url);
const mtime = (file) => {
  try {
    return statSync(new URL(file, dist)).mtimeMs;
  } catch {
    return -1;
  }
};
const bundled = mtime("taipan.js") >= mtime("vm/cli.js");
const { main, EXIT_BY_SIGINT } = await import(bundled ? "../dist/taipan.js" : "../dist/vm/cli.js");

const code = await main(process.argv.slice(2));
if (code === EXIT_BY_SIGINT) process.kill(process.pid, "SIGINT");
else process.exitCode = code;
