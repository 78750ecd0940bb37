// A small structured emitter for WebAssembly text. Compiled code is shown to users by
// `--dump-wat`, so the output is indented flat instruction syntax with named locals and labels.

/** A wasm value type used by compiled code. */
export type WasmType = "i32" | "i64" | "f64" | "externref";

/** One function being emitted: parameters, locals and an indented instruction list. */
export class WatFunction {
  /** `$name` of the function (without the `$`). */
  readonly name: string;
  /** Parameters as [name, type]. */
  readonly params: [string, WasmType][] = [];
  /** Result types. */
  readonly results: WasmType[] = [];
  /** Export name, if exported. */
  exportAs: string | null = null;
  /** A comment printed above the function (the Python name and signature). */
  comment = "";
  private readonly locals = new Map<string, WasmType>();
  private readonly body: string[] = [];
  private depth = 2;

  constructor(name: string) {
    this.name = name;
  }

  /** Declares a parameter. */
  param(name: string, type: WasmType): string {
    this.params.push([name, type]);
    this.locals.set(name, type);
    return name;
  }

  /** Declares (once) and returns a local. */
  local(name: string, type: WasmType): string {
    const t = this.locals.get(name);
    if (t === undefined) this.locals.set(name, type);
    else if (t !== type) throw new Error(`wat: local $${name} redeclared as ${type} (was ${t})`);
    return name;
  }

  /** Appends instructions (one per argument) at the current nesting. */
  emit(...instrs: string[]): void {
    const pad = "  ".repeat(this.depth);
    for (const i of instrs) this.body.push(pad + i);
  }

  /** A comment line in the body (Python line numbers, instruction names). */
  note(text: string): void {
    this.body.push("  ".repeat(this.depth) + ";; " + text);
  }

  /** Opens `block`/`loop`/`if` with a label; close it with {@link end}. */
  open(kind: "block" | "loop" | "if", label: string, result?: WasmType): void {
    this.emit(`${kind} $${label}${result ? ` (result ${result})` : ""}`);
    this.depth++;
  }

  /** `else` of the innermost `if`. */
  else(): void {
    this.depth--;
    this.emit("else");
    this.depth++;
  }

  /** Position in the body, for {@link insert}. */
  mark(): number {
    return this.body.length;
  }

  /** Inserts lines at a position returned by {@link mark} (at the current indentation). */
  insert(at: number, lines: string[]): void {
    const pad = "  ".repeat(this.depth);
    this.body.splice(at, 0, ...lines.map((l) => pad + l));
  }

  /** Closes the innermost block. */
  end(): void {
    this.depth--;
    this.emit("end");
  }

  /** The function's text. */
  toText(): string {
    const head = [`(func $${this.name}`];
    if (this.exportAs !== null) head.push(`(export "${this.exportAs}")`);
    for (const [n, t] of this.params) head.push(`(param $${n} ${t})`);
    if (this.results.length > 0) head.push(`(result ${this.results.join(" ")})`);
    const out: string[] = [];
    if (this.comment) out.push(`  ;; ${this.comment}`);
    out.push("  " + head.join(" "));
    const params = new Set(this.params.map((p) => p[0]));
    for (const [n, t] of this.locals) if (!params.has(n)) out.push(`    (local $${n} ${t})`);
    out.push(...this.body);
    out.push("  )");
    return out.join("\n");
  }
}

/** A module: imports from the runtime, the shared memory, and functions. */
export class WatModule {
  private readonly imports: string[] = [];
  private readonly importNames = new Set<string>();
  /** Functions in emission order. */
  readonly funcs: WatFunction[] = [];

  /** Imports `env.name` as `$name` with the given signature (once). */
  importFunc(name: string, params: WasmType[], results: WasmType[]): string {
    if (!this.importNames.has(name)) {
      this.importNames.add(name);
      const p = params.length ? ` (param ${params.join(" ")})` : "";
      const r = results.length ? ` (result ${results.join(" ")})` : "";
      this.imports.push(`  (import "env" "${name}" (func $${name}${p}${r}))`);
    }
    return name;
  }

  /** Adds a function. */
  add(fn: WatFunction): WatFunction {
    this.funcs.push(fn);
    return fn;
  }

  /** The module's text. */
  toText(): string {
    return [
      "(module",
      `  (import "env" "memory" (memory 1))`,
      ...this.imports,
      ...this.funcs.map((f) => f.toText()),
      ")",
    ].join("\n");
  }
}
