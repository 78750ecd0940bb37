// The shared linear memory's fixed words. Every compiled module imports the same memory;
// status words live here because reading them from JS is cheaper than exported globals.

/** Byte addresses in the shared memory. */
export const MEM = {
  /** i32: non-zero after a compiled callee deoptimised (callers deoptimise too). */
  STATUS: 0,
  /** i32: set by the host to stop compiled loops at their next back-edge poll. */
  INTERRUPT: 4,
  /** i32: Python call depth of the innermost compiled frame. */
  DEPTH: 8,
  /** i32: the recursion limit. */
  LIMIT: 12,
  /** i64: an int result too large for an f64 return (the entry returns NaN). */
  BIGRESULT: 16,
  /** i32: a helper could not produce a typed result; the caller deoptimises. */
  FAILED: 24,
  /** i32: deepest depth compiled code may reach in one entry (wasm frames live on the native
   *  stack); past it a call starts interpreted instead. */
  WASM_LIMIT: 28,
  /** i32: bumped whenever a dict holding baked-in globals is written. */
  EPOCH: 32,
  /** i64 per local slot: int arguments beyond 2**53 (the f64 argument is NaN). */
  ARGS: 64,
  /** Shadow stack: 8 bytes per depth, (unit id, instruction index). */
  SHADOW: 1024,
} as const;

/** Back-edges between polls of the interrupt word (and OSR loop exits for V8 tier-up). */
export const BAIL_POLL_ITERATIONS = 1 << 20;

/** Compiled frames one entry from the interpreter may nest before calls continue interpreted. */
export const MAX_WASM_DEPTH = 2500;
