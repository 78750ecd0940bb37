// open() and file objects over the host's file hooks (the CLI passes the real filesystem;
// an embedded VM without hooks cannot reach any file).
import { latin1String } from "../vm/objects/latin1.js";
import { PyObject, PyType, makeBuiltinType, None, typeOf, type PyValue } from "../vm/objects/object.js";
import { PyBuiltin, defMethod, defGetSet } from "../vm/objects/function.js";
import { PyList } from "../vm/objects/list.js";
import { newTuple } from "../vm/objects/tuple.js";
import { PyFloat } from "../vm/objects/float.js";
import { PyDict } from "../vm/objects/dict.js";
import { PyIterator } from "../vm/objects/iterator.js";
import { newException } from "../vm/objects/exception.js";
import { raise } from "../vm/raise.js";
import { rt, type DirHooks } from "../vm/runtime.js";
import { PyModule } from "../vm/objects/module.js";
import { builtinModules } from "./modules.js";
import { str as pyStr, toArray, repr } from "../vm/ops.js";
import { asInt } from "../vm/objects/int.js";
import { PyBytes } from "../vm/objects/bytes.js";

/** `_io.TextIOWrapper` / `BufferedReader` stand-in. */
export const fileType: PyType = makeBuiltinType("TextIOWrapper", undefined, null, false);

/** An open file: reads see the whole content loaded at open; writes go straight to the host. */
class PyFile extends PyIterator {
  content: string;
  pos = 0;
  closed = false;
  constructor(readonly name: string, readonly mode: string, content: string) {
    super(fileType);
    this.content = content;
  }
  get binary(): boolean {
    return this.mode.includes("b");
  }
  get readable(): boolean {
    return this.mode.includes("r") || this.mode.includes("+");
  }
  get writable(): boolean {
    return /[wax+]/.test(this.mode);
  }
  check(): void {
    if (this.closed) raise("ValueError", "I/O operation on closed file.");
  }
  readLine(): string {
    const c = this.content;
    if (this.pos >= c.length) return "";
    const nl = c.indexOf("\n", this.pos);
    const end = nl < 0 ? c.length : nl + 1;
    const line = c.slice(this.pos, end);
    this.pos = end;
    return line;
  }
  override next(): PyValue | undefined {
    this.check();
    const line = this.readLine();
    return line === "" ? undefined : this.wrap(line);
  }
  wrap(s: string): PyValue {
    return this.binary ? new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff)) : s;
  }
}

function F(v: PyValue): PyFile {
  if (!(v instanceof PyFile)) raise("TypeError", "descriptor requires a file object");
  return v;
}

function fileError(kind: string, errno: number, msg: string, path: string): never {
  const e = newException(kind);
  e.args = [errno, msg];
  e.dict = new PyDict();
  e.dict.setStr("errno", errno);
  e.dict.setStr("strerror", msg);
  e.dict.setStr("filename", path);
  throw e;
}

function openFile(args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const fileV = args[0] ?? kw?.get("file");
  if (fileV === undefined) raise("TypeError", "open() missing required argument 'file' (pos 1)");
  const modeV = args[1] ?? kw?.get("mode") ?? "r";
  if (typeof fileV !== "string") raise("TypeError", `expected str, bytes or os.PathLike object, not ${typeOf(fileV ?? None).name}`);
  if (typeof modeV !== "string" || !/^[rwax]b?\+?b?t?$|^[rwax]t?\+?$/.test(modeV)) raise("ValueError", `invalid mode: '${pyStr(modeV ?? None)}'`);
  const r = rt();
  const fs = r.files;
  if (fs === null) fileError("PermissionError", 13, "Permission denied", fileV);
  const path = fileV;
  const mode = modeV;
  let content = "";
  if (mode.startsWith("r")) {
    const c = fs.read(path, mode.includes("b"));
    if (c === null) fileError("FileNotFoundError", 2, "No such file or directory", path);
    content = c;
  } else if (mode.startsWith("w")) {
    if (!fs.write(path, "", false)) fileError("FileNotFoundError", 2, "No such file or directory", path);
  } else if (mode.startsWith("x")) {
    if (fs.read(path, false) !== null) fileError("FileExistsError", 17, "File exists", path);
    fs.write(path, "", false);
  } else if (mode.startsWith("a")) {
    const c = fs.read(path, mode.includes("b"));
    content = c ?? "";
    if (c === null) fs.write(path, "", false);
  }
  const f = new PyFile(path, mode, content);
  if (mode.startsWith("a")) f.pos = content.length;
  return f;
}

defMethod(fileType, "read", (a) => {
  const f = F(a[0]);
  f.check();
  if (!f.readable) raise("OSError", "not readable");
  const n = a.length > 1 && a[1] !== None ? Number(asInt(a[1]) ?? -1) : -1;
  const s = n < 0 ? f.content.slice(f.pos) : f.content.slice(f.pos, f.pos + n);
  f.pos += s.length;
  return f.wrap(s);
});
defMethod(fileType, "readline", (a) => {
  const f = F(a[0]);
  f.check();
  return f.wrap(f.readLine());
});
defMethod(fileType, "readlines", (a) => {
  const f = F(a[0]);
  f.check();
  const out: PyValue[] = [];
  for (let l = f.readLine(); l !== ""; l = f.readLine()) out.push(f.wrap(l));
  return new PyList(out);
});
defMethod(fileType, "write", (a) => {
  const f = F(a[0]);
  f.check();
  if (!f.writable) raise("OSError", "not writable");
  const v = a[1];
  let s: string;
  if (f.binary) {
    if (!(v instanceof PyBytes)) raise("TypeError", `a bytes-like object is required, not '${typeOf(v).name}'`);
    s = latin1String(v.data);
  } else {
    if (typeof v !== "string") raise("TypeError", `write() argument must be str, not ${typeOf(v).name}`);
    s = v;
  }
  rt().files!.write(f.name, s, true, f.binary);
  f.content = f.content.slice(0, f.pos) + s + f.content.slice(f.pos + s.length);
  f.pos += s.length;
  return f.binary ? s.length : [...s].length;
});
defMethod(fileType, "writelines", (a) => {
  const f = F(a[0]);
  for (const line of toArray(a[1])) {
    const write = fileType.ns.get("write") as PyBuiltin;
    write.fn([f, line], null);
  }
  return None;
});
defMethod(fileType, "close", (a) => {
  F(a[0]).closed = true;
  return None;
});
defMethod(fileType, "flush", () => None);
defMethod(fileType, "seek", (a) => {
  const f = F(a[0]);
  f.pos = Math.max(0, Math.min(f.content.length, Number(asInt(a[1]) ?? 0)));
  return f.pos;
});
defMethod(fileType, "tell", (a) => F(a[0]).pos);
defMethod(fileType, "readable", (a) => F(a[0]).readable);
defMethod(fileType, "writable", (a) => F(a[0]).writable);
defMethod(fileType, "__enter__", (a) => {
  F(a[0]).check();
  return a[0];
});
defMethod(fileType, "__exit__", (a) => {
  F(a[0]).closed = true;
  return None;
});
defMethod(fileType, "__iter__", (a) => {
  F(a[0]).check();
  return a[0];
});
defMethod(fileType, "__repr__", (a) => {
  const f = F(a[0]);
  return `<_io.TextIOWrapper name=${repr(f.name)} mode=${repr(f.mode)} encoding='UTF-8'>`;
});
defGetSet(fileType, "closed", (s) => F(s).closed);
defGetSet(fileType, "name", (s) => F(s).name);
defGetSet(fileType, "mode", (s) => F(s).mode);

/** The `open` builtin. */
export const openBuiltin = new PyBuiltin("open", openFile);
void PyObject;

// ------------------------------------------------------------------------- _taipan_fs

/** errno name → [Python exception, errno number, strerror] as CPython on Linux reports them. */
const ERRNO: Record<string, [string, number, string]> = {
  ENOENT: ["FileNotFoundError", 2, "No such file or directory"],
  EEXIST: ["FileExistsError", 17, "File exists"],
  EISDIR: ["IsADirectoryError", 21, "Is a directory"],
  ENOTDIR: ["NotADirectoryError", 20, "Not a directory"],
  ENOTEMPTY: ["OSError", 39, "Directory not empty"],
  EACCES: ["PermissionError", 13, "Permission denied"],
  EPERM: ["PermissionError", 1, "Operation not permitted"],
};

function dirHooks(name: string, path: string): DirHooks {
  const d = rt().files?.dirs;
  if (d === undefined) fileError("PermissionError", 1, `Operation not permitted: ${name} is not available in taipan`, path);
  return d;
}

function check(result: string | null, path: string): void {
  if (result === null) return;
  const [kind, errno, msg] = ERRNO[result] ?? ["OSError", 5, `Input/output error (${result})`];
  fileError(kind, errno, msg, path);
}

function pathArg(v: PyValue | undefined): string {
  if (typeof v !== "string") raise("TypeError", `expected str, bytes or os.PathLike object, not ${typeOf(v ?? None).name}`);
  return v;
}

/** `_taipan_fs`: the host's directory operations, behind the `os` module's functions. */
function createFs(): PyModule {
  const m = new PyModule("_taipan_fs");
  const def = (name: string, f: (args: PyValue[]) => PyValue) => m.set(name, new PyBuiltin(name, f));
  for (const op of ["remove", "rmdir", "mkdir"] as const) {
    def(op, (a) => {
      const p = pathArg(a[0]);
      check(dirHooks(op, p)[op](p), p);
      return None;
    });
  }
  def("rename", (a) => {
    const from = pathArg(a[0]), to = pathArg(a[1]);
    check(dirHooks("rename", from).rename(from, to), from);
    return None;
  });
  // (is_dir, size, mtime), or None when the host has no directory access (os.stat then probes with open()).
  def("stat", (a) => {
    const p = pathArg(a[0]);
    const d = rt().files?.dirs;
    if (d === undefined) return None;
    const r = d.stat(p);
    if (typeof r === "string") check(r, p);
    const st = r as { dir: boolean; size: number; mtime: number };
    return newTuple([st.dir, st.size, new PyFloat(st.mtime)]);
  });
  def("listdir", (a) => {
    const p = pathArg(a[0]);
    const r = dirHooks("listdir", p).listdir(p);
    if (typeof r === "string") check(r, p);
    return new PyList(r as string[]);
  });
  return m;
}
builtinModules.set("_taipan_fs", createFs);
