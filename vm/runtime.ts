// Per-VM state: module table, builtins, I/O sinks and limits. One Runtime per VM instance.
import { PyDict } from "./objects/dict.js";
import type { PyValue } from "./objects/object.js";

/** Host access to files for `open()`: text is UTF-8, binary data travels as latin-1 strings. */
export interface FileHooks {
  /** The whole file, or null if it does not exist. */
  read(path: string, binary: boolean): string | null;
  /** Writes (or appends) data, one byte per char when `binary`; false if the file cannot be created. */
  write(path: string, data: string, append: boolean, binary?: boolean): boolean;
  /**
   * Directory operations for `os` (remove, rmdir, mkdir, listdir, rename). Each returns its
   * result, or an errno name ("ENOENT", "EEXIST", "EISDIR", "ENOTDIR", "ENOTEMPTY", "EACCES")
   * for the OSError to raise. Without it these `os` functions raise PermissionError.
   */
  dirs?: DirHooks;
}

/** See {@link FileHooks.dirs}. */
export interface DirHooks {
  /** Deletes a file; null on success. */
  remove(path: string): string | null;
  /** Deletes an empty directory; null on success. */
  rmdir(path: string): string | null;
  /** Creates a directory; null on success. */
  mkdir(path: string): string | null;
  /** Renames (replacing the target); null on success. */
  rename(from: string, to: string): string | null;
  /** Entry names of a directory, or an errno name. */
  listdir(path: string): string[] | string;
  /** Whether the path is a directory, its size and modification time (seconds), or an errno name. */
  stat(path: string): { dir: boolean; size: number; mtime: number } | string;
}

/** Where the guest's output goes. */
export type Sink = (text: string) => void;

/** The state of one VM. Builtins and modules reach it through {@link rt}. */
export class Runtime {
  /** `sys.modules`. */
  modules = new PyDict();
  /** The `builtins` namespace. */
  builtins = new PyDict();
  /** Standard output sink. */
  stdout: Sink;
  /** Standard error sink. */
  stderr: Sink;
  /** Supplies lines for `input()`; null means EOF. */
  stdin: (() => string | null) | null = null;
  /** True when `stdin` lines keep their newline (a last line may lack one). */
  stdinExact = false;
  /** `sys.getrecursionlimit()`. */
  recursionLimit = 1000;
  /** Current Python call depth (frames plus nested interpreter entries). */
  depth = 0;
  /** `sys.argv`. */
  argv: string[] = [""];
  /** Directories searched by `import` (`sys.path`). */
  path: string[] = [];
  /** Reads a file for the importer; null when it does not exist. */
  readFile: ((path: string) => string | null) | null = null;
  /** Files `open()` may use (granted by the host), or null for none. */
  files: FileHooks | null = null;
  /** Source lines of every compiled file, for tracebacks (CPython's linecache). */
  sources = new Map<string, string[]>();
  /** Calls after which a function is handed to the JIT (Infinity: JIT off). */
  jitCallThreshold = Infinity;
  /** Loop back-edges after which a running loop is compiled and entered (OSR). */
  jitOsrThreshold = Infinity;
  /** Eager JIT: compile every function on its first call and wait for the code. */
  jitEager = false;
  /** Host modules registered through the embedding API, created on first import. */
  hostModules = new Map<string, () => PyValue>();
  constructor(stdout: Sink, stderr: Sink) {
    this.stdout = stdout;
    this.stderr = stderr;
  }
}

let current: Runtime | null = null;

/** The runtime of the VM that is executing now. */
export function rt(): Runtime {
  if (current === null) throw new Error("no taipan VM is running");
  return current;
}

/** Makes `r` the executing runtime; returns the previous one (restore it when done). */
export function enterRuntime(r: Runtime | null): Runtime | null {
  const prev = current;
  current = r;
  return prev;
}
