#!/usr/bin/env node
// Entry point of the `taipan` command: runs the compiled CLI.
import { main } from "../dist/vm/cli.js";

process.exitCode = await main(process.argv.slice(2));
