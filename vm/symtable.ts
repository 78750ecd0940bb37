// Scope analysis (CPython's symtable): which names are local, global, free or cells, per scope.
import type * as A from "./ast.js";
import { PySyntaxErrorInfo } from "./syntax_error.js";

/** How a name is accessed in a scope. */
export const enum Sc {
  Local,
  GlobalExplicit,
  GlobalImplicit,
  Free,
  Cell,
}

const DEF_LOCAL = 1, DEF_PARAM = 2, DEF_GLOBAL = 4, DEF_NONLOCAL = 8, USE = 16, DEF_ANNOT = 32;

/** What kind of block a scope is. */
export type ScopeKind = "module" | "function" | "class";

/** One scope: a module, function, lambda, comprehension or class body. */
export class Scope {
  /** Flags per name. */
  readonly symbols = new Map<string, number>();
  /** Resolved access per name (filled by analysis). */
  readonly scopes = new Map<string, Sc>();
  /** Nested scopes in source order. */
  readonly children: Scope[] = [];
  /** Parameter names in slot order. */
  readonly params: string[] = [];
  /** Generator function. */
  isGenerator = false;
  /** `async def`. */
  isCoroutine = false;
  /** A comprehension's implicit function. */
  isComprehension = false;
  /** A method uses `super` or `__class__` (needs the `__class__` free variable). */
  usesClassCell = false;
  /** A class body whose methods need `__class__`. */
  needsClassCell = false;
  /** Has `*args`/`**kwargs` etc. (informational). */
  hasVarargs = false;
  /** Where each name was declared nonlocal (for error positions). */
  readonly nonlocalAt = new Map<string, A.Located>();
  constructor(
    /** Scope kind. */
    readonly kind: ScopeKind,
    /** Function/class name. */
    readonly name: string,
    /** Enclosing scope. */
    readonly parent: Scope | null,
    /** The AST node that opened the scope. */
    readonly node: unknown,
    /** Line of the node. */
    readonly lineno: number,
  ) {}

  /** Access kind of `name` in this scope. */
  lookup(name: string): Sc {
    return this.scopes.get(name) ?? (this.kind === "function" ? Sc.GlobalImplicit : Sc.GlobalImplicit);
  }

  /** Cell variables, sorted as CPython does (params first in order, then the rest sorted). */
  cellvars(): string[] {
    const out: string[] = [];
    for (const [n, s] of this.scopes) if (s === Sc.Cell) out.push(n);
    return out.sort();
  }

  /** Free variables, sorted (for a class, also names it only passes through to its methods). */
  freevars(): string[] {
    const out: string[] = [];
    for (const [n, s] of this.scopes) if (s === Sc.Free) out.push(n);
    for (const n of this.passThrough) if (!out.includes(n)) out.push(n);
    return out.sort();
  }

  /** Class scopes: names local to the class body that methods close over from an enclosing function. */
  readonly passThrough = new Set<string>();
}

/** The scope tree of a module, indexed by the AST node that opened each scope. */
export class SymbolTable {
  /** The module scope. */
  readonly top: Scope;
  /** AST node → scope. */
  readonly byNode = new Map<unknown, Scope>();
  constructor(top: Scope) {
    this.top = top;
  }
}

function err(msg: string, filename: string, node: { lineno: number; col_offset: number; end_lineno?: number; end_col_offset?: number }): PySyntaxErrorInfo {
  const e = new PySyntaxErrorInfo("SyntaxError", msg, filename, node.lineno, node.col_offset + 1, null,
    node.end_lineno ?? node.lineno, (node.end_col_offset ?? node.col_offset) + 1);
  return e;
}

class Builder {
  cur: Scope;
  readonly table: SymbolTable;
  constructor(readonly filename: string, top: Scope) {
    this.cur = top;
    this.table = new SymbolTable(top);
    this.table.byNode.set(top.node, top);
  }

  add(name: string, flag: number, node?: A.Located): void {
    const s = this.cur;
    const old = s.symbols.get(name) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM) {
      throw err(`duplicate argument '${name}' in function definition`, this.filename, node ?? { lineno: s.lineno, col_offset: 0 });
    }
    s.symbols.set(name, old | flag);
  }

  push(kind: ScopeKind, name: string, node: unknown, lineno: number): Scope {
    const s = new Scope(kind, name, this.cur, node, lineno);
    this.cur.children.push(s);
    this.table.byNode.set(node, s);
    this.cur = s;
    return s;
  }

  pop(): void {
    this.cur = this.cur.parent!;
  }

  stmts(body: A.Stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  args(a: A.Arguments): void {
    const s = this.cur;
    for (const p of [...a.posonlyargs, ...a.args]) {
      this.add(p.arg, DEF_PARAM, p);
      s.params.push(p.arg);
    }
    for (const p of a.kwonlyargs) {
      this.add(p.arg, DEF_PARAM, p);
      s.params.push(p.arg);
    }
    if (a.vararg) {
      this.add(a.vararg.arg, DEF_PARAM, a.vararg);
      s.params.splice(a.posonlyargs.length + a.args.length + a.kwonlyargs.length, 0, a.vararg.arg);
    }
    if (a.kwarg) {
      this.add(a.kwarg.arg, DEF_PARAM, a.kwarg);
      s.params.push(a.kwarg.arg);
    }
  }

  argDefaultsAndAnnotations(a: A.Arguments, returns: A.Expr | null): void {
    for (const d of a.defaults) this.expr(d);
    for (const d of a.kw_defaults) if (d) this.expr(d);
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
      if (p && p.annotation) this.expr(p.annotation);
    }
    if (returns) this.expr(returns);
  }

  stmt(s: A.Stmt): void {
    switch (s.kind) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.add(s.name, DEF_LOCAL, s);
        for (const d of s.decorator_list) this.expr(d);
        this.argDefaultsAndAnnotations(s.args, s.returns);
        const f = this.push("function", s.name, s, s.lineno);
        if (s.kind === "AsyncFunctionDef") f.isCoroutine = true;
        this.args(s.args);
        this.stmts(s.body);
        this.pop();
        break;
      }
      case "ClassDef": {
        this.add(s.name, DEF_LOCAL, s);
        for (const d of s.decorator_list) this.expr(d);
        for (const b of s.bases) this.expr(b);
        for (const k of s.keywords) this.expr(k.value);
        this.push("class", s.name, s, s.lineno);
        this.stmts(s.body);
        this.pop();
        break;
      }
      case "Return":
        if (s.value) this.expr(s.value);
        break;
      case "Delete":
        for (const t of s.targets) this.expr(t);
        break;
      case "Assign":
        for (const t of s.targets) this.expr(t);
        this.expr(s.value);
        break;
      case "AugAssign":
        this.expr(s.target);
        this.expr(s.value);
        break;
      case "AnnAssign":
        if (s.target.kind === "Name") {
          const old = this.cur.symbols.get(s.target.id) ?? 0;
          if (old & (DEF_GLOBAL | DEF_NONLOCAL) && s.simple) {
            const what = old & DEF_GLOBAL ? "global" : "nonlocal";
            throw err(`annotated name '${s.target.id}' can't be ${what}`, this.filename, s.target);
          }
          this.add(s.target.id, (s.value ? DEF_LOCAL : 0) | DEF_ANNOT, s.target);
          if (!s.value && this.cur.kind !== "function") this.add(s.target.id, 0);
        } else this.expr(s.target);
        if (this.cur.kind !== "function") this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "While":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "If":
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case "With":
      case "AsyncWith":
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case "Match":
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          if (c.guard) this.expr(c.guard);
          this.stmts(c.body);
        }
        break;
      case "Raise":
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case "Try":
      case "TryStar":
        this.stmts(s.body);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name) this.add(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case "Assert":
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case "Import":
        for (const a of s.names) this.add(a.asname ?? a.name.split(".")[0], DEF_LOCAL, a);
        break;
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name === "*") {
            if (this.cur.kind !== "module") throw err("import * only allowed at module level", this.filename, s);
            continue;
          }
          this.add(a.asname ?? a.name, DEF_LOCAL, a);
        }
        break;
      case "Global":
      case "Nonlocal": {
        const isGlobal = s.kind === "Global";
        if (!isGlobal && this.cur.kind === "module") throw err("nonlocal declaration not allowed at module level", this.filename, s);
        for (const n of s.names) {
          const old = this.cur.symbols.get(n) ?? 0;
          const what = isGlobal ? "global" : "nonlocal";
          if (old & DEF_PARAM) throw err(`name '${n}' is parameter and ${what}`, this.filename, s);
          if (!isGlobal && old & DEF_GLOBAL) throw err(`name '${n}' is nonlocal and global`, this.filename, s);
          if (isGlobal && old & DEF_NONLOCAL) throw err(`name '${n}' is nonlocal and global`, this.filename, s);
          if (old & DEF_ANNOT) throw err(`annotated name '${n}' can't be ${what}`, this.filename, s);
          if (old & USE) throw err(`name '${n}' is used prior to ${what} declaration`, this.filename, s);
          if (old & DEF_LOCAL) throw err(`name '${n}' is assigned to before ${what} declaration`, this.filename, s);
          this.cur.symbols.set(n, old | (isGlobal ? DEF_GLOBAL : DEF_NONLOCAL));
          if (!isGlobal) this.cur.nonlocalAt.set(n, s);
        }
        break;
      }
      case "Expr":
        this.expr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  pattern(p: A.Pattern): void {
    switch (p.kind) {
      case "MatchValue":
        this.expr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.pattern(q);
        break;
      case "MatchMapping":
        for (const k of p.keys) this.expr(k);
        for (const q of p.patterns) this.pattern(q);
        if (p.rest) this.add(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case "MatchStar":
        if (p.name) this.add(p.name, DEF_LOCAL, p);
        break;
      case "MatchAs":
        if (p.pattern) this.pattern(p.pattern);
        if (p.name) this.add(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.pattern(q);
        break;
    }
  }

  comprehension(node: A.Expr, gens: A.Comprehension[], elts: A.Expr[], isGen: boolean): void {
    this.expr(gens[0].iter);
    const s = this.push("function", isGen ? "<genexpr>" : node.kind === "ListComp" ? "<listcomp>" : node.kind === "SetComp" ? "<setcomp>" : "<dictcomp>", node, node.lineno);
    s.isComprehension = true;
    if (isGen) s.isGenerator = true;
    this.add(".0", DEF_PARAM);
    s.params.push(".0");
    gens.forEach((g, i) => {
      if (g.is_async) s.isCoroutine = true;
      this.compTarget(g.target);
      if (i > 0) this.expr(g.iter);
      for (const c of g.ifs) this.expr(c);
    });
    for (const e of elts) this.expr(e);
    this.pop();
  }

  compTarget(t: A.Expr): void {
    this.expr(t);
  }

  expr(e: A.Expr): void {
    switch (e.kind) {
      case "Name": {
        const flag = e.ctx === "Load" ? USE : DEF_LOCAL;
        this.add(e.id, flag, e);
        if (e.ctx === "Load" && (e.id === "super" || e.id === "__class__") && this.cur.kind === "function") {
          this.markClassCellUse();
        }
        break;
      }
      case "NamedExpr": {
        this.expr(e.value);
        if (this.cur.isComprehension) {
          // The target binds in the nearest enclosing non-comprehension scope.
          const name = (e.target as A.Name).id;
          let s: Scope = this.cur;
          while (s.isComprehension) {
            if ((s.symbols.get(name) ?? 0) & DEF_LOCAL && s.node && (s.symbols.get(name)! & DEF_PARAM) === 0) {
              // iteration variable of the comprehension itself
            }
            s = s.parent!;
          }
          if (s.kind === "class") throw err("assignment expression within a comprehension cannot be used in a class body", this.filename, e);
          const old = s.symbols.get(name) ?? 0;
          if (s.kind === "module") {
            s.symbols.set(name, old | DEF_LOCAL);
            this.add(name, DEF_GLOBAL | USE);
          } else {
            if (!(old & DEF_GLOBAL)) s.symbols.set(name, old | DEF_LOCAL);
            this.add(name, (old & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL) | USE);
          }
        } else this.expr(e.target);
        break;
      }
      case "Lambda": {
        this.argDefaultsAndAnnotations({ ...e.args, posonlyargs: [], args: [], kwonlyargs: [], vararg: null, kwarg: null }, null);
        const s = this.push("function", "<lambda>", e, e.lineno);
        void s;
        this.args(e.args);
        this.expr(e.body);
        this.pop();
        break;
      }
      case "ListComp":
      case "SetComp":
        this.comprehension(e, e.generators, [e.elt], false);
        break;
      case "GeneratorExp":
        this.comprehension(e, e.generators, [e.elt], true);
        break;
      case "DictComp":
        this.comprehension(e, e.generators, [e.key, e.value], false);
        break;
      case "Yield":
      case "YieldFrom":
        if (this.cur.kind !== "function") throw err("'yield' outside function", this.filename, e);
        if (this.cur.isComprehension) {
          throw err(`'yield' inside ${this.cur.name === "<genexpr>" ? "generator expression" : this.cur.name.replace(/[<>]/g, "").replace("comp", " comprehension")}`, this.filename, e);
        }
        this.cur.isGenerator = true;
        if (e.value) this.expr(e.value);
        break;
      case "Await":
        // An await inside a comprehension makes it an asynchronous comprehension.
        if (this.cur.isComprehension) this.cur.isCoroutine = true;
        this.expr(e.value);
        break;
      default:
        for (const c of children(e)) this.expr(c);
    }
  }

  markClassCellUse(): void {
    this.cur.usesClassCell = true;
    this.add("__class__", USE);
  }
}

/** Direct sub-expressions of simple expression nodes. */
function children(e: A.Expr): A.Expr[] {
  switch (e.kind) {
    case "BoolOp": return e.values;
    case "BinOp": return [e.left, e.right];
    case "UnaryOp": return [e.operand];
    case "IfExp": return [e.test, e.body, e.orelse];
    case "Dict": return [...e.keys.filter((k): k is A.Expr => k !== null), ...e.values];
    case "Set": return e.elts;
    case "Compare": return [e.left, ...e.comparators];
    case "Call": return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case "FormattedValue": return e.format_spec ? [e.value, e.format_spec] : [e.value];
    case "JoinedStr": return e.values;
    case "Attribute": return [e.value];
    case "Subscript": return [e.value, e.slice];
    case "Starred": return [e.value];
    case "List": return e.elts;
    case "Tuple": return e.elts;
    case "Slice": return [e.lower, e.upper, e.step].filter((x): x is A.Expr => x !== null);
    default: return [];
  }
}

/** Resolves every scope's names (CPython's analyze_block). */
function analyze(s: Scope, bound: Set<string>, globals: Set<string>, filename: string): Set<string> {
  const local = new Set<string>();
  const newGlobals = new Set(globals);
  for (const [name, flags] of s.symbols) {
    if (flags & DEF_GLOBAL) {
      s.scopes.set(name, Sc.GlobalExplicit);
      newGlobals.add(name);
    } else if (flags & DEF_NONLOCAL) {
      if (!bound.has(name)) {
        const node = s.nonlocalAt.get(name) ?? { lineno: s.lineno, col_offset: 0 };
        throw err(`no binding for nonlocal '${name}' found`, filename, node);
      }
      s.scopes.set(name, Sc.Free);
    } else if (flags & (DEF_LOCAL | DEF_PARAM)) {
      local.add(name);
      s.scopes.set(name, Sc.Local);
      newGlobals.delete(name);
    } else if (s.kind !== "module" && bound.has(name) && !globals.has(name)) {
      s.scopes.set(name, Sc.Free);
    } else if (s.kind === "class" && bound.has(name)) {
      s.scopes.set(name, Sc.Free);
    } else {
      s.scopes.set(name, Sc.GlobalImplicit);
    }
  }
  // Names visible to nested function scopes.
  let childBound: Set<string>;
  if (s.kind === "function") {
    childBound = new Set(bound);
    for (const n of local) childBound.add(n);
  } else if (s.kind === "class") {
    childBound = new Set(bound);
  } else childBound = new Set();
  const childGlobals = s.kind === "class" ? globals : newGlobals;
  if (s.kind === "class") {
    childBound.add("__class__");
  }
  const childFree = new Set<string>();
  for (const c of s.children) {
    const free = analyze(c, childBound, childGlobals, filename);
    for (const n of free) childFree.add(n);
  }
  // Free names of children that are local here become cells.
  for (const n of childFree) {
    if (s.kind === "class" && n === "__class__") {
      s.needsClassCell = true;
      continue;
    }
    const cur = s.scopes.get(n);
    if (s.kind === "class" && cur === Sc.Local && bound.has(n)) {
      // The class body's own binding stays in its namespace; the cell passes through to methods.
      s.passThrough.add(n);
      continue;
    }
    if (s.kind === "function" && (cur === Sc.Local || cur === Sc.Cell)) s.scopes.set(n, Sc.Cell);
    else if (cur === Sc.GlobalExplicit) continue;
    else if (s.kind !== "module" && cur !== Sc.Local) s.scopes.set(n, Sc.Free);
  }
  const free = new Set<string>();
  for (const [n, sc] of s.scopes) if (sc === Sc.Free) free.add(n);
  for (const n of s.passThrough) free.add(n);
  for (const n of childFree) {
    if (!local.has(n) && s.kind !== "module" && s.scopes.get(n) !== Sc.GlobalExplicit) {
      if (s.kind === "class" && n === "__class__") continue;
      free.add(n);
    }
  }
  return free;
}

/** Builds and analyses the symbol table of a module AST. */
export function buildSymbolTable(mod: A.Mod, filename: string): SymbolTable {
  const top = new Scope("module", "top", null, mod, 1);
  const b = new Builder(filename, top);
  if (mod.kind === "Expression") b.expr(mod.body);
  else if (mod.kind === "Module" || mod.kind === "Interactive") b.stmts(mod.body);
  analyze(top, new Set(), new Set(), filename);
  return b.table;
}
