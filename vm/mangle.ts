// Private name mangling: inside a class body, `__name` becomes `_Class__name` (before scope analysis).
import type * as A from "./ast.js";

/** The mangled form of `name` inside class `cls`, or `name` unchanged. */
export function mangle(cls: string | null, name: string): string {
  if (cls === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = cls.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

type Any = { [k: string]: unknown };

/** Rewrites private names in place throughout a module AST. */
export function mangleModule(mod: A.Mod): void {
  walk(mod as unknown as Any, null);
}

function walk(node: Any, cls: string | null): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n as Any, cls);
    return;
  }
  const kind = node.kind as string | undefined;
  if (cls !== null) {
    switch (kind) {
      case "Name":
        node.id = mangle(cls, node.id as string);
        break;
      case "Attribute":
        node.attr = mangle(cls, node.attr as string);
        break;
      case "arg":
        node.arg = mangle(cls, node.arg as string);
        break;
      case "FunctionDef":
      case "AsyncFunctionDef":
        node.name = mangle(cls, node.name as string);
        break;
      case "Global":
      case "Nonlocal":
        node.names = (node.names as string[]).map((n) => mangle(cls, n));
        break;
      case "alias":
        if (node.asname) node.asname = mangle(cls, node.asname as string);
        else if (!(node.name as string).includes(".")) node.name = mangle(cls, node.name as string);
        break;
      case "ExceptHandler":
        if (node.name) node.name = mangle(cls, node.name as string);
        break;
      case "MatchAs":
      case "MatchStar":
        if (node.name) node.name = mangle(cls, node.name as string);
        break;
    }
  }
  if (kind === "ClassDef") {
    // The class name itself, bases and decorators belong to the enclosing scope.
    const own = node.name as string;
    if (cls !== null) node.name = mangle(cls, own);
    walk(node.bases as Any, cls);
    walk(node.keywords as Any, cls);
    walk(node.decorator_list as Any, cls);
    walk(node.body as Any, own);
    return;
  }
  for (const key in node) {
    if (key === "kind") continue;
    const v = node[key];
    if (v !== null && typeof v === "object") walk(v as Any, cls);
  }
}
