// Registry of modules implemented in TypeScript, consulted by the importer.
import type { PyModule } from "../vm/objects/module.js";

/** Builtin module factories by name (each VM creates its own instance on first import). */
export const builtinModules = new Map<string, () => PyModule>();
