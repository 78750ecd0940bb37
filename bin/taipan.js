#!/usr/bin/env node
// Entry point of the `taipan` command: runs the compiled CLI.
import { main, EXIT_BY_SIGINT } from "../dist/vm/cli.js";

const code = await main(process.argv.slice(2));
if (code === EXIT_BY_SIGINT) process.kill(process.pid, "SIGINT");
else process.exitCode = code;
