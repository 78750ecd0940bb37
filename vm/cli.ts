// The `taipan` command line: run a file or -c code, disassemble, print version/help.
import { readFileSync, readSync, writeSync, existsSync, statSync, writeFileSync, appendFileSync, unlinkSync, rmdirSync, mkdirSync, renameSync, readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { VM, PythonError } from "./api.js";
import { compileSource } from "./exec.js";
import { disassemble } from "./dis.js";
import { enterRuntime } from "./runtime.js";
import { jitOptionsFromEnv, watFor, type JitOptions, type FunctionJitStats } from "../jit/jit.js";

/** taipan's version string. */
export const VERSION = "0.1.0";

const HELP = `usage: taipan [option] ... [-c cmd | file] [arg] ...
Options:
  -c cmd         program passed in as string
  --dis FILE     print the bytecode of FILE instead of running it
  --no-jit       interpret only (same as --jit=off)
  --jit=MODE     on (default), off, or eager (compile every function on its first call)
  --jit-threshold=N      calls before a function is compiled (default 1000)
  --jit-osr-threshold=N  loop iterations before a running loop is compiled (default 5000)
  --jit-stats    print what the JIT did, per function, to stderr at exit
  --dump-wat=NAME  print the WebAssembly text of function NAME to stderr at exit
  --version      print the version and exit
  -h, --help     print this help and exit
Environment: TAIPAN_JIT=on|off|eager, TAIPAN_JIT_THRESHOLD, TAIPAN_JIT_OSR_THRESHOLD
file             program read from script file
arg ...          arguments passed to program in sys.argv[1:]
`;

/** Buffers output so that many small prints become few writes; stderr flushes stdout first. */
class Output {
  private buf: string[] = [];
  private size = 0;
  write = (s: string): void => {
    this.buf.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.flush();
  };
  writeErr = (s: string): void => {
    this.flush();
    writeAll(2, s);
  };
  flush(): void {
    if (this.buf.length === 0) return;
    const s = this.buf.join("");
    this.buf = [];
    this.size = 0;
    writeAll(1, s);
  }
}

function writeAll(fd: number, s: string): void {
  const b = Buffer.from(s, "utf8");
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
      throw e;
    }
  }
}

/** Buffered synchronous stdin: the next line with its newline (the last may lack one), or null at EOF. */
const stdinBuf = { data: Buffer.alloc(0), pos: 0, eof: false };
function readLineSync(): string | null {
  const b = stdinBuf;
  for (;;) {
    const nl = b.data.indexOf(10, b.pos);
    if (nl >= 0) {
      const line = b.data.toString("utf8", b.pos, nl + 1);
      b.pos = nl + 1;
      return line;
    }
    if (b.eof) {
      if (b.pos >= b.data.length) return null;
      const line = b.data.toString("utf8", b.pos);
      b.pos = b.data.length;
      return line;
    }
    const chunk = Buffer.alloc(65536);
    let n: number;
    try {
      n = readSyncStdin(chunk);
    } catch {
      n = 0;
    }
    if (n === 0) b.eof = true;
    b.data = Buffer.concat([b.data.subarray(b.pos), chunk.subarray(0, n)]);
    b.pos = 0;
  }
}

function readSyncStdin(b: Buffer): number {
  for (;;) {
    try {
      return readSync(0, b, 0, b.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      throw e;
    }
  }
}

/**
 * What {@link main} returns when an uncaught KeyboardInterrupt should end the process the way
 * CPython's does: by re-raising SIGINT on itself, so the shell sees a SIGINT death (status 130).
 */
export const EXIT_BY_SIGINT = -2;

/** Runs the CLI with `argv` (without node and script); resolves to the exit code, or {@link EXIT_BY_SIGINT}. */
export async function main(argv: string[]): Promise<number> {
  let code: string | null = null;
  let file: string | null = null;
  let dis = false;
  let stats = false;
  let dumpWat: string | null = null;
  const jit: JitOptions = jitOptionsFromEnv(process.env);
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-c") {
      if (i + 1 >= argv.length) {
        process.stderr.write("Argument expected for the -c option\n");
        return 2;
      }
      code = argv[++i];
      i++;
      break;
    } else if (a === "--version" || a === "-V") {
      process.stdout.write(`taipan ${VERSION} (Python 3.11 compatible)\n`);
      return 0;
    } else if (a === "-h" || a === "--help") {
      process.stdout.write(HELP);
      return 0;
    } else if (a === "--dis") {
      dis = true;
    } else if (a === "--no-jit") {
      jit.mode = "off";
    } else if (a.startsWith("--jit=")) {
      const m = a.slice(6);
      if (m !== "on" && m !== "off" && m !== "eager") {
        process.stderr.write(`taipan: --jit must be on, off or eager\n`);
        return 2;
      }
      jit.mode = m;
    } else if (a.startsWith("--jit-threshold=") || a.startsWith("--jit-osr-threshold=")) {
      const n = Number(a.slice(a.indexOf("=") + 1));
      if (!Number.isInteger(n) || n < 1) {
        process.stderr.write(`taipan: ${a.slice(0, a.indexOf("="))} needs a positive integer\n`);
        return 2;
      }
      if (a.startsWith("--jit-threshold=")) jit.threshold = n;
      else jit.osrThreshold = n;
    } else if (a === "--jit-stats") {
      stats = true;
    } else if (a.startsWith("--dump-wat=")) {
      dumpWat = a.slice(11);
    } else if (a.startsWith("-") && a !== "-") {
      process.stderr.write(`unknown option ${a}\n${HELP}`);
      return 2;
    } else {
      file = a;
      i++;
      break;
    }
  }
  const rest = argv.slice(i);
  let source: string;
  let filename: string;
  if (code !== null) {
    source = code;
    filename = "<string>";
  } else if (file !== null) {
    if (!existsSync(file) || statSync(file).isDirectory()) {
      process.stderr.write(`taipan: can't open file '${resolve(file)}': [Errno 2] No such file or directory\n`);
      return 2;
    }
    source = readFileSync(file, "utf8");
    filename = resolve(file);
  } else {
    process.stderr.write(HELP);
    return 2;
  }

  const out = new Output();
  const scriptDir = file !== null ? dirname(resolve(file)) : process.cwd();
  const vm = new VM({
    stdout: out.write,
    stderr: out.writeErr,
    input: () => {
      out.flush();
      return readLineSync();
    },
    inputKeepsNewlines: true,
    argv: code !== null ? ["-c", ...rest] : [file!, ...rest],
    jit,
    path: [scriptDir],
    readFile: (p) => {
      try {
        return readFileSync(p, "utf8");
      } catch {
        return null;
      }
    },
    files: {
      read: (p, binary) => {
        try {
          return readFileSync(p, binary ? "latin1" : "utf8");
        } catch {
          return null;
        }
      },
      write: (p, data, append, binary) => {
        try {
          (append ? appendFileSync : writeFileSync)(p, data, binary ? "latin1" : "utf8");
          return true;
        } catch {
          return false;
        }
      },
      dirs: {
        remove: (p) => errnoOr(() => (unlinkSync(p), null)),
        rmdir: (p) => errnoOr(() => (rmdirSync(p), null)),
        mkdir: (p) => errnoOr(() => (mkdirSync(p), null)),
        rename: (a, b) => errnoOr(() => (renameSync(a, b), null)),
        stat: (p) =>
          errnoOr(() => {
            const st = statSync(p);
            return { dir: st.isDirectory(), size: st.size, mtime: st.mtimeMs / 1000 };
          }),
        listdir: (p) => errnoOr(() => readdirSync(p)),
      },
    },
  });

  if (dis) {
    const prev = enterRuntime(vm.runtime);
    try {
      out.write(disassemble(compileSource(vm.runtime, source, filename, "exec")));
      out.flush();
      return 0;
    } catch (e) {
      out.flush();
      if (e instanceof Error) writeAll(2, String(e) + "\n");
      return 1;
    } finally {
      enterRuntime(prev);
    }
  }

  const report = (): void => {
    vm.finalize();
    out.flush();
    if (stats) writeAll(2, formatJitStats(vm.jitStats()));
    if (dumpWat !== null) {
      const wats = watFor(vm.runtime, dumpWat);
      writeAll(2, wats.length > 0 ? wats.join("\n") + "\n" : `taipan: no compiled code for '${dumpWat}'\n`);
    }
  };
  // Functions registered with atexit run when the program ends, after an uncaught exception's
  // traceback, as in CPython.
  const runAtexit = (): void => {
    try {
      vm.exec("import sys as _taipan_sys\nif 'atexit' in _taipan_sys.modules:\n    _taipan_sys.modules['atexit']._run_exitfuncs()\n", { filename: "<atexit>" });
    } catch (e) {
      if (e instanceof PythonError && e.type !== "SystemExit") writeAll(2, "Exception ignored in atexit callback\n" + e.traceback);
    }
    out.flush();
  };
  try {
    if (file !== null) vm.globals.set("__file__", filename);
    vm.exec(source, { filename });
    runAtexit();
    out.flush();
    report();
    return 0;
  } catch (e) {
    out.flush();
    report();
    if (e instanceof PythonError) {
      if (e.type === "SystemExit") {
        const code = vm.systemExitCode(e, out.writeErr);
        runAtexit();
        return code;
      }
      writeAll(2, e.traceback);
      runAtexit();
      return e.type === "KeyboardInterrupt" ? EXIT_BY_SIGINT : 1;
    }
    writeAll(2, `taipan internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    return 70;
  }
}

/** The --jit-stats table. */
function formatJitStats(rows: FunctionJitStats[]): string {
  const lines = ["JIT statistics (functions that became hot):"];
  if (rows.length === 0) lines.push("  (none)");
  for (const r of rows) {
    let what = r.status;
    if (r.status === "compiled") {
      what = `compiled${r.osr ? " (OSR)" : ""} ${r.signature} in ${r.compileMs.toFixed(2)} ms, ${r.wasmBytes} bytes of wasm`;
    } else if (r.reason) what += `: ${r.reason}`;
    lines.push(`  ${r.name} (${r.location}): ${r.calls} calls, ${r.backedges} loop iterations; ${what}`);
    for (const [reason, n] of Object.entries(r.deopts)) lines.push(`      deopt x${n}: ${reason}`);
  }
  return lines.join("\n") + "\n";
}

/** A file-system call's result, or Node's errno name when it fails. */
function errnoOr<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? "EACCES";
  }
}
