#!/usr/bin/env node
// Entry point of the `taipan` command. It runs dist/taipan.js, the CLI bundled into one module
// by `npm run build` (loading one file instead of ~110 saves about a third of start-up), unless
// `tsc` has rebuilt dist/ since the bundle was made; then the separate modules are current.
import { statSync } from "node:fs";

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
