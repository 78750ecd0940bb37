#!/usr/bin/env node
// Entry point of the `taipan` command: runs the compiled CLI.
import { main, KILLED_BY_SIGINT } from "../dist/vm/cli.js";

const code = await main(process.argv.slice(2));
if (code === KILLED_BY_SIGINT) {
  process.removeAllListeners("SIGINT");
  process.kill(process.pid, "SIGINT");
} else process.exitCode = code;
