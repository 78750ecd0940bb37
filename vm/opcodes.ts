// The instruction set: ONE table that the compiler, interpreter, disassembler and JIT derive from.
//
// Encoding: each instruction is two Int32 words [opcode, arg] in CodeObject.bytecode; jump
// targets are instruction indexes (word index / 2). Stack effects are given for the
// fall-through path; `jumpEffect` is the effect when a branch is taken.

/** Kind of an instruction's argument, for the disassembler and the JIT. */
export type ArgKind =
  | "none" | "const" | "local" | "name" | "cell" | "jump" | "count" | "binop" | "cmp" | "flag" | "raw";

/** One row of the opcode table. */
export interface OpInfo {
  /** Opcode number. */
  op: Op;
  /** Mnemonic. */
  name: string;
  /** How to read the argument. */
  arg: ArgKind;
  /** Net stack effect when falling through (function of the argument). */
  effect: (arg: number) => number;
  /** Net stack effect when the jump is taken (jumping instructions only). */
  jumpEffect?: (arg: number) => number;
  /** True if the instruction may transfer control to its argument. */
  isJump?: boolean;
  /** True if control never falls through. */
  isTerminator?: boolean;
  /** What it does, for readers of the interpreter and the JIT. */
  doc: string;
  /**
   * Superinstructions only: the pair of instructions this opcode runs as one dispatch. They
   * never appear in `CodeObject.bytecode`; see vm/quicken.ts.
   */
  fuses?: readonly [Op, Op];
}

const k = (n: number) => () => n;

/** The opcode table, in opcode-number order. */
export const OPCODES: readonly OpInfo[] = [
  { op: Op.NOP, name: "NOP", arg: "none", effect: k(0), doc: "Does nothing." },
  { op: Op.POP_TOP, name: "POP_TOP", arg: "none", effect: k(-1), doc: "Pops TOS." },
  { op: Op.COPY, name: "COPY", arg: "count", effect: k(1), doc: "Pushes stack[-arg] (COPY 1 duplicates TOS)." },
  { op: Op.SWAP, name: "SWAP", arg: "count", effect: k(0), doc: "Swaps TOS with stack[-arg]." },
  { op: Op.LOAD_CONST, name: "LOAD_CONST", arg: "const", effect: k(1), doc: "Pushes consts[arg]." },
  { op: Op.LOAD_FAST, name: "LOAD_FAST", arg: "local", effect: k(1), doc: "Pushes local slot arg; UnboundLocalError if unset." },
  { op: Op.STORE_FAST, name: "STORE_FAST", arg: "local", effect: k(-1), doc: "Pops TOS into local slot arg." },
  { op: Op.DELETE_FAST, name: "DELETE_FAST", arg: "local", effect: k(0), doc: "Unbinds local slot arg." },
  { op: Op.LOAD_DEREF, name: "LOAD_DEREF", arg: "cell", effect: k(1), doc: "Pushes the contents of the cell in slot arg." },
  { op: Op.STORE_DEREF, name: "STORE_DEREF", arg: "cell", effect: k(-1), doc: "Pops TOS into the cell in slot arg." },
  { op: Op.DELETE_DEREF, name: "DELETE_DEREF", arg: "cell", effect: k(0), doc: "Empties the cell in slot arg." },
  { op: Op.LOAD_CLOSURE, name: "LOAD_CLOSURE", arg: "cell", effect: k(1), doc: "Pushes the cell object in slot arg (to build a closure tuple)." },
  { op: Op.LOAD_CLASSDEREF, name: "LOAD_CLASSDEREF", arg: "cell", effect: k(1), doc: "Class body: the name in the locals dict, else the cell's contents." },
  { op: Op.LOAD_GLOBAL, name: "LOAD_GLOBAL", arg: "name", effect: k(1), doc: "Pushes globals[names[arg]], else builtins[...]; NameError." },
  { op: Op.STORE_GLOBAL, name: "STORE_GLOBAL", arg: "name", effect: k(-1), doc: "Pops TOS into globals[names[arg]]." },
  { op: Op.DELETE_GLOBAL, name: "DELETE_GLOBAL", arg: "name", effect: k(0), doc: "Deletes globals[names[arg]]." },
  { op: Op.LOAD_NAME, name: "LOAD_NAME", arg: "name", effect: k(1), doc: "Pushes locals, then globals, then builtins[names[arg]]." },
  { op: Op.STORE_NAME, name: "STORE_NAME", arg: "name", effect: k(-1), doc: "Pops TOS into the locals dict (globals at module level)." },
  { op: Op.DELETE_NAME, name: "DELETE_NAME", arg: "name", effect: k(0), doc: "Deletes names[arg] from the locals dict." },
  { op: Op.LOAD_ATTR, name: "LOAD_ATTR", arg: "name", effect: k(0), doc: "TOS = getattr(TOS, names[arg])." },
  { op: Op.STORE_ATTR, name: "STORE_ATTR", arg: "name", effect: k(-2), doc: "Stack: value, obj. Sets obj.names[arg] = value; pops both." },
  { op: Op.DELETE_ATTR, name: "DELETE_ATTR", arg: "name", effect: k(-1), doc: "Pops obj; del obj.names[arg]." },
  { op: Op.LOAD_METHOD, name: "LOAD_METHOD", arg: "name", effect: k(1), doc: "Replaces obj with (method, obj), or (attribute, undefined) when not a plain method." },
  { op: Op.CALL_METHOD, name: "CALL_METHOD", arg: "count", effect: (n) => -n - 1, doc: "Stack: method, self-or-undefined, arg args. Calls; pushes the result." },
  { op: Op.CALL, name: "CALL", arg: "count", effect: (n) => -n, doc: "Stack: callable, arg args. Calls; pushes the result." },
  { op: Op.CALL_KW, name: "CALL_KW", arg: "count", effect: (n) => -n - 1, doc: "Stack: callable, arg args (the last len(kwnames) are keyword values), kwnames tuple." },
  { op: Op.CALL_EX, name: "CALL_EX", arg: "flag", effect: (f) => (f & 1 ? -2 : -1), doc: "Stack: callable, args iterable, [kwargs mapping if arg&1]. Calls f(*args, **kwargs)." },
  { op: Op.BINARY_OP, name: "BINARY_OP", arg: "binop", effect: k(-1), doc: "TOS = TOS1 op TOS; arg is a B operator number, +16 for the in-place form." },
  { op: Op.COMPARE_OP, name: "COMPARE_OP", arg: "cmp", effect: k(-1), doc: "TOS = TOS1 cmp TOS (arg: LT LE EQ NE GT GE = 0..5)." },
  { op: Op.IS_OP, name: "IS_OP", arg: "flag", effect: k(-1), doc: "TOS = TOS1 is TOS (is not when arg=1)." },
  { op: Op.CONTAINS_OP, name: "CONTAINS_OP", arg: "flag", effect: k(-1), doc: "TOS = TOS1 in TOS (not in when arg=1)." },
  { op: Op.UNARY_NEGATIVE, name: "UNARY_NEGATIVE", arg: "none", effect: k(0), doc: "TOS = -TOS." },
  { op: Op.UNARY_POSITIVE, name: "UNARY_POSITIVE", arg: "none", effect: k(0), doc: "TOS = +TOS." },
  { op: Op.UNARY_NOT, name: "UNARY_NOT", arg: "none", effect: k(0), doc: "TOS = not TOS." },
  { op: Op.UNARY_INVERT, name: "UNARY_INVERT", arg: "none", effect: k(0), doc: "TOS = ~TOS." },
  { op: Op.BINARY_SUBSCR, name: "BINARY_SUBSCR", arg: "none", effect: k(-1), doc: "TOS = TOS1[TOS]." },
  { op: Op.STORE_SUBSCR, name: "STORE_SUBSCR", arg: "none", effect: k(-3), doc: "Stack: value, container, key. container[key] = value." },
  { op: Op.DELETE_SUBSCR, name: "DELETE_SUBSCR", arg: "none", effect: k(-2), doc: "Stack: container, key. del container[key]." },
  { op: Op.BUILD_SLICE, name: "BUILD_SLICE", arg: "count", effect: (n) => 1 - n, doc: "Pops 2 or 3 values; pushes slice(start, stop[, step])." },
  { op: Op.BUILD_TUPLE, name: "BUILD_TUPLE", arg: "count", effect: (n) => 1 - n, doc: "Pops arg values; pushes a tuple." },
  { op: Op.BUILD_LIST, name: "BUILD_LIST", arg: "count", effect: (n) => 1 - n, doc: "Pops arg values; pushes a list." },
  { op: Op.BUILD_SET, name: "BUILD_SET", arg: "count", effect: (n) => 1 - n, doc: "Pops arg values; pushes a set." },
  { op: Op.BUILD_MAP, name: "BUILD_MAP", arg: "count", effect: (n) => 1 - 2 * n, doc: "Pops arg key/value pairs; pushes a dict." },
  { op: Op.BUILD_STRING, name: "BUILD_STRING", arg: "count", effect: (n) => 1 - n, doc: "Pops arg strs; pushes their concatenation." },
  { op: Op.LIST_APPEND, name: "LIST_APPEND", arg: "count", effect: k(-1), doc: "Pops v; stack[-arg].append(v) (comprehensions)." },
  { op: Op.SET_ADD, name: "SET_ADD", arg: "count", effect: k(-1), doc: "Pops v; stack[-arg].add(v)." },
  { op: Op.MAP_ADD, name: "MAP_ADD", arg: "count", effect: k(-2), doc: "Pops key, value; stack[-arg][key] = value." },
  { op: Op.LIST_EXTEND, name: "LIST_EXTEND", arg: "count", effect: k(-1), doc: "Pops iterable; stack[-arg].extend(it)." },
  { op: Op.SET_UPDATE, name: "SET_UPDATE", arg: "count", effect: k(-1), doc: "Pops iterable; stack[-arg].update(it)." },
  { op: Op.DICT_UPDATE, name: "DICT_UPDATE", arg: "count", effect: k(-1), doc: "Pops mapping; stack[-arg].update(m)." },
  { op: Op.DICT_MERGE, name: "DICT_MERGE", arg: "count", effect: k(-1), doc: "Like DICT_UPDATE for **kwargs: duplicate keys raise TypeError (callable at stack[-arg-2])." },
  { op: Op.LIST_TO_TUPLE, name: "LIST_TO_TUPLE", arg: "none", effect: k(0), doc: "TOS = tuple(TOS)." },
  { op: Op.UNPACK_SEQUENCE, name: "UNPACK_SEQUENCE", arg: "count", effect: (n) => n - 1, doc: "Pops an iterable of exactly arg items; pushes them so the first is on top." },
  { op: Op.UNPACK_EX, name: "UNPACK_EX", arg: "raw", effect: (a) => (a & 0xff) + (a >> 8), doc: "arg = before | after << 8: pushes after items, a list, before items (first on top)." },
  { op: Op.FORMAT_VALUE, name: "FORMAT_VALUE", arg: "flag", effect: (a) => (a & 4 ? -1 : 0), doc: "f-string field: arg&3 conversion (0 none, 1 !s, 2 !r, 3 !a); arg&4: spec on TOS." },
  { op: Op.GET_ITER, name: "GET_ITER", arg: "none", effect: k(0), doc: "TOS = iter(TOS)." },
  { op: Op.FOR_ITER, name: "FOR_ITER", arg: "jump", effect: k(1), jumpEffect: k(-1), isJump: true, doc: "Pushes next(TOS); when exhausted pops the iterator and jumps to arg." },
  { op: Op.JUMP, name: "JUMP", arg: "jump", effect: k(0), jumpEffect: k(0), isJump: true, isTerminator: true, doc: "Jumps to arg." },
  { op: Op.POP_JUMP_IF_FALSE, name: "POP_JUMP_IF_FALSE", arg: "jump", effect: k(-1), jumpEffect: k(-1), isJump: true, doc: "Pops TOS; jumps if false." },
  { op: Op.POP_JUMP_IF_TRUE, name: "POP_JUMP_IF_TRUE", arg: "jump", effect: k(-1), jumpEffect: k(-1), isJump: true, doc: "Pops TOS; jumps if true." },
  { op: Op.JUMP_IF_FALSE_OR_POP, name: "JUMP_IF_FALSE_OR_POP", arg: "jump", effect: k(-1), jumpEffect: k(0), isJump: true, doc: "If TOS is false jump keeping it, else pop it." },
  { op: Op.JUMP_IF_TRUE_OR_POP, name: "JUMP_IF_TRUE_OR_POP", arg: "jump", effect: k(-1), jumpEffect: k(0), isJump: true, doc: "If TOS is true jump keeping it, else pop it." },
  { op: Op.POP_JUMP_IF_NONE, name: "POP_JUMP_IF_NONE", arg: "jump", effect: k(-1), jumpEffect: k(-1), isJump: true, doc: "Pops TOS; jumps if it is None." },
  { op: Op.POP_JUMP_IF_NOT_NONE, name: "POP_JUMP_IF_NOT_NONE", arg: "jump", effect: k(-1), jumpEffect: k(-1), isJump: true, doc: "Pops TOS; jumps if it is not None." },
  { op: Op.RETURN_VALUE, name: "RETURN_VALUE", arg: "none", effect: k(-1), isTerminator: true, doc: "Returns TOS to the caller." },
  { op: Op.YIELD_VALUE, name: "YIELD_VALUE", arg: "none", effect: k(0), doc: "Suspends the generator yielding TOS; on resume TOS is the sent value." },
  { op: Op.GET_YIELD_FROM_ITER, name: "GET_YIELD_FROM_ITER", arg: "none", effect: k(0), doc: "TOS = iter(TOS) unless it is a generator/coroutine." },
  { op: Op.GET_AWAITABLE, name: "GET_AWAITABLE", arg: "none", effect: k(0), doc: "TOS = TOS.__await__() unless it is a coroutine." },
  { op: Op.SEND, name: "SEND", arg: "jump", effect: k(0), jumpEffect: k(-1), isJump: true, doc: "Stack: subiter, value. Sends value: on yield pushes the yielded value (leaving subiter); on return replaces both with the return value and jumps." },
  { op: Op.MAKE_FUNCTION, name: "MAKE_FUNCTION", arg: "flag", effect: (f) => -(((f & 1) ? 1 : 0) + ((f & 2) ? 1 : 0) + ((f & 4) ? 1 : 0) + ((f & 8) ? 1 : 0)), doc: "Stack: [defaults tuple if arg&1] [kwdefaults dict if arg&2] [annotations if arg&4] [closure tuple if arg&8] code. Pushes a function." },
  { op: Op.LOAD_BUILD_CLASS, name: "LOAD_BUILD_CLASS", arg: "none", effect: k(1), doc: "Pushes __build_class__." },
  { op: Op.IMPORT_NAME, name: "IMPORT_NAME", arg: "name", effect: k(-1), doc: "Stack: level, fromlist. Pushes the imported module." },
  { op: Op.IMPORT_FROM, name: "IMPORT_FROM", arg: "name", effect: k(1), doc: "Pushes getattr(TOS, names[arg]) (module stays)." },
  { op: Op.IMPORT_STAR, name: "IMPORT_STAR", arg: "none", effect: k(-1), doc: "Pops a module; copies its public names into the namespace." },
  { op: Op.RAISE_VARARGS, name: "RAISE_VARARGS", arg: "count", effect: (n) => -n, isTerminator: true, doc: "0: re-raise the handled exception; 1: raise TOS; 2: raise TOS1 from TOS." },
  { op: Op.PUSH_EXC_INFO, name: "PUSH_EXC_INFO", arg: "none", effect: k(1), doc: "Stack: exc → previously handled exception (or None), exc. Marks exc as handled." },
  { op: Op.POP_EXCEPT, name: "POP_EXCEPT", arg: "none", effect: k(-1), doc: "Pops the previously handled exception and restores it." },
  { op: Op.RERAISE, name: "RERAISE", arg: "flag", effect: (a) => (a ? -2 : -1), isTerminator: true, doc: "Re-raises TOS; with arg, TOS1 is the instruction index to report (pops both)." },
  { op: Op.CHECK_EXC_MATCH, name: "CHECK_EXC_MATCH", arg: "none", effect: k(0), doc: "Stack: exc, type. Replaces type with isinstance(exc, type) (type may be a tuple)." },
  { op: Op.BEFORE_WITH, name: "BEFORE_WITH", arg: "none", effect: k(1), doc: "Replaces a context manager with its bound __exit__ and pushes __enter__()." },
  { op: Op.WITH_EXCEPT_START, name: "WITH_EXCEPT_START", arg: "none", effect: k(1), doc: "Stack: exit, prev_exc, exc. Pushes exit(type(exc), exc, None)." },
  { op: Op.LOAD_ASSERTION_ERROR, name: "LOAD_ASSERTION_ERROR", arg: "none", effect: k(1), doc: "Pushes AssertionError." },
  { op: Op.SETUP_ANNOTATIONS, name: "SETUP_ANNOTATIONS", arg: "none", effect: k(0), doc: "Creates __annotations__ in the namespace if missing." },
  { op: Op.PRINT_EXPR, name: "PRINT_EXPR", arg: "none", effect: k(-1), doc: "Interactive mode: prints repr(TOS) unless None." },
  { op: Op.GET_LEN, name: "GET_LEN", arg: "none", effect: k(1), doc: "Pushes len(TOS) (TOS stays)." },
  { op: Op.MATCH_MAPPING, name: "MATCH_MAPPING", arg: "none", effect: k(1), doc: "Pushes whether TOS is a mapping." },
  { op: Op.MATCH_SEQUENCE, name: "MATCH_SEQUENCE", arg: "none", effect: k(1), doc: "Pushes whether TOS is a sequence for pattern matching." },
  { op: Op.MATCH_KEYS, name: "MATCH_KEYS", arg: "none", effect: k(1), doc: "Stack: subject, keys tuple. Pushes a tuple of values, or None if a key is missing." },
  { op: Op.POP_ITER, name: "POP_ITER", arg: "flag", effect: k(-1), doc: "Pops a loop's iterator (break/return); with arg=1 it was a temporary, so a generator is closed as CPython's refcounting would." },
  { op: Op.MATCH_CLASS, name: "MATCH_CLASS", arg: "count", effect: k(-2), doc: "Stack: subject, cls, kwnames. Replaces all three with a tuple of attributes (arg positional), or None." },
  { op: Op.LOAD_FAST_LOAD_FAST, name: "LOAD_FAST_LOAD_FAST", arg: "raw", effect: k(0), fuses: [Op.LOAD_FAST, Op.LOAD_FAST], doc: "Superinstruction: LOAD_FAST then LOAD_FAST (the second's arg is in the next word pair)." },
  { op: Op.LOAD_CONST_LOAD_FAST, name: "LOAD_CONST_LOAD_FAST", arg: "raw", effect: k(0), fuses: [Op.LOAD_CONST, Op.LOAD_FAST], doc: "Superinstruction: LOAD_CONST then LOAD_FAST (the second's arg is in the next word pair)." },
  { op: Op.STORE_FAST_LOAD_FAST, name: "STORE_FAST_LOAD_FAST", arg: "raw", effect: k(0), fuses: [Op.STORE_FAST, Op.LOAD_FAST], doc: "Superinstruction: STORE_FAST then LOAD_FAST (the second's arg is in the next word pair)." },
  { op: Op.LOAD_FAST_LOAD_CONST, name: "LOAD_FAST_LOAD_CONST", arg: "raw", effect: k(0), fuses: [Op.LOAD_FAST, Op.LOAD_CONST], doc: "Superinstruction: LOAD_FAST then LOAD_CONST (the second's arg is in the next word pair)." },
  { op: Op.COMPARE_OP_POP_JUMP_IF_FALSE, name: "COMPARE_OP_POP_JUMP_IF_FALSE", arg: "raw", effect: k(0), fuses: [Op.COMPARE_OP, Op.POP_JUMP_IF_FALSE], doc: "Superinstruction: COMPARE_OP then POP_JUMP_IF_FALSE (the second's arg is in the next word pair)." },
  { op: Op.FOR_ITER_STORE_FAST, name: "FOR_ITER_STORE_FAST", arg: "raw", effect: k(0), fuses: [Op.FOR_ITER, Op.STORE_FAST], doc: "Superinstruction: FOR_ITER then STORE_FAST (the second's arg is in the next word pair)." },
  { op: Op.LOAD_FAST_BINARY_OP, name: "LOAD_FAST_BINARY_OP", arg: "raw", effect: k(0), fuses: [Op.LOAD_FAST, Op.BINARY_OP], doc: "Superinstruction: LOAD_FAST then BINARY_OP (the second's arg is in the next word pair)." },
  { op: Op.LOAD_CONST_BINARY_OP, name: "LOAD_CONST_BINARY_OP", arg: "raw", effect: k(0), fuses: [Op.LOAD_CONST, Op.BINARY_OP], doc: "Superinstruction: LOAD_CONST then BINARY_OP (the second's arg is in the next word pair)." },
  { op: Op.BINARY_OP_STORE_FAST, name: "BINARY_OP_STORE_FAST", arg: "raw", effect: k(0), fuses: [Op.BINARY_OP, Op.STORE_FAST], doc: "Superinstruction: BINARY_OP then STORE_FAST (the second's arg is in the next word pair)." },
  { op: Op.BINARY_OP_LOAD_FAST, name: "BINARY_OP_LOAD_FAST", arg: "raw", effect: k(0), fuses: [Op.BINARY_OP, Op.LOAD_FAST], doc: "Superinstruction: BINARY_OP then LOAD_FAST (the second's arg is in the next word pair)." },
  { op: Op.LOAD_FAST_LOAD_ATTR, name: "LOAD_FAST_LOAD_ATTR", arg: "raw", effect: k(0), fuses: [Op.LOAD_FAST, Op.LOAD_ATTR], doc: "Superinstruction: LOAD_FAST then LOAD_ATTR (the second's arg is in the next word pair)." },
  { op: Op.LOAD_FAST_COMPARE_OP, name: "LOAD_FAST_COMPARE_OP", arg: "raw", effect: k(0), fuses: [Op.LOAD_FAST, Op.COMPARE_OP], doc: "Superinstruction: LOAD_FAST then COMPARE_OP (the second's arg is in the next word pair)." },
  { op: Op.LOAD_CONST_COMPARE_OP, name: "LOAD_CONST_COMPARE_OP", arg: "raw", effect: k(0), fuses: [Op.LOAD_CONST, Op.COMPARE_OP], doc: "Superinstruction: LOAD_CONST then COMPARE_OP (the second's arg is in the next word pair)." },
  { op: Op.STORE_FAST_LOAD_CONST, name: "STORE_FAST_LOAD_CONST", arg: "raw", effect: k(0), fuses: [Op.STORE_FAST, Op.LOAD_CONST], doc: "Superinstruction: STORE_FAST then LOAD_CONST (the second's arg is in the next word pair)." },
  { op: Op.LOAD_GLOBAL_LOAD_FAST, name: "LOAD_GLOBAL_LOAD_FAST", arg: "raw", effect: k(0), fuses: [Op.LOAD_GLOBAL, Op.LOAD_FAST], doc: "Superinstruction: LOAD_GLOBAL then LOAD_FAST (the second's arg is in the next word pair)." },
  { op: Op.LOAD_CONST_BINARY_SUBSCR, name: "LOAD_CONST_BINARY_SUBSCR", arg: "raw", effect: k(0), fuses: [Op.LOAD_CONST, Op.BINARY_SUBSCR], doc: "Superinstruction: LOAD_CONST then BINARY_SUBSCR (the second's arg is in the next word pair)." },
  { op: Op.LOAD_FAST_BINARY_SUBSCR, name: "LOAD_FAST_BINARY_SUBSCR", arg: "raw", effect: k(0), fuses: [Op.LOAD_FAST, Op.BINARY_SUBSCR], doc: "Superinstruction: LOAD_FAST then BINARY_SUBSCR (the second's arg is in the next word pair)." },
  { op: Op.BINARY_SUBSCR_STORE_FAST, name: "BINARY_SUBSCR_STORE_FAST", arg: "raw", effect: k(0), fuses: [Op.BINARY_SUBSCR, Op.STORE_FAST], doc: "Superinstruction: BINARY_SUBSCR then STORE_FAST (the second's arg is in the next word pair)." },
  { op: Op.COPY_COPY, name: "COPY_COPY", arg: "raw", effect: k(0), fuses: [Op.COPY, Op.COPY], doc: "Superinstruction: COPY then COPY (the second's arg is in the next word pair)." },
  { op: Op.SWAP_SWAP, name: "SWAP_SWAP", arg: "raw", effect: k(0), fuses: [Op.SWAP, Op.SWAP], doc: "Superinstruction: SWAP then SWAP (the second's arg is in the next word pair)." },
  { op: Op.CONTAINS_OP_POP_JUMP_IF_TRUE, name: "CONTAINS_OP_POP_JUMP_IF_TRUE", arg: "raw", effect: k(0), fuses: [Op.CONTAINS_OP, Op.POP_JUMP_IF_TRUE], doc: "Superinstruction: CONTAINS_OP then POP_JUMP_IF_TRUE (the second's arg is in the next word pair)." },
  { op: Op.CONTAINS_OP_POP_JUMP_IF_FALSE, name: "CONTAINS_OP_POP_JUMP_IF_FALSE", arg: "raw", effect: k(0), fuses: [Op.CONTAINS_OP, Op.POP_JUMP_IF_FALSE], doc: "Superinstruction: CONTAINS_OP then POP_JUMP_IF_FALSE (the second's arg is in the next word pair)." },
  { op: Op.IS_OP_POP_JUMP_IF_FALSE, name: "IS_OP_POP_JUMP_IF_FALSE", arg: "raw", effect: k(0), fuses: [Op.IS_OP, Op.POP_JUMP_IF_FALSE], doc: "Superinstruction: IS_OP then POP_JUMP_IF_FALSE (the second's arg is in the next word pair)." },
  { op: Op.IS_OP_POP_JUMP_IF_TRUE, name: "IS_OP_POP_JUMP_IF_TRUE", arg: "raw", effect: k(0), fuses: [Op.IS_OP, Op.POP_JUMP_IF_TRUE], doc: "Superinstruction: IS_OP then POP_JUMP_IF_TRUE (the second's arg is in the next word pair)." },
  { op: Op.COMPARE_OP_POP_JUMP_IF_TRUE, name: "COMPARE_OP_POP_JUMP_IF_TRUE", arg: "raw", effect: k(0), fuses: [Op.COMPARE_OP, Op.POP_JUMP_IF_TRUE], doc: "Superinstruction: COMPARE_OP then POP_JUMP_IF_TRUE (the second's arg is in the next word pair)." },
  { op: Op.STORE_FAST_STORE_FAST, name: "STORE_FAST_STORE_FAST", arg: "raw", effect: k(0), fuses: [Op.STORE_FAST, Op.STORE_FAST], doc: "Superinstruction: STORE_FAST then STORE_FAST (the second's arg is in the next word pair)." },
];

/**
 * Opcode numbers. A const enum so the interpreter's `switch` compiles to a jump table;
 * the table above must list them in the same order (checked at load time).
 */
export const enum Op {
  NOP,
  POP_TOP,
  COPY,
  SWAP,
  LOAD_CONST,
  LOAD_FAST,
  STORE_FAST,
  DELETE_FAST,
  LOAD_DEREF,
  STORE_DEREF,
  DELETE_DEREF,
  LOAD_CLOSURE,
  LOAD_CLASSDEREF,
  LOAD_GLOBAL,
  STORE_GLOBAL,
  DELETE_GLOBAL,
  LOAD_NAME,
  STORE_NAME,
  DELETE_NAME,
  LOAD_ATTR,
  STORE_ATTR,
  DELETE_ATTR,
  LOAD_METHOD,
  CALL_METHOD,
  CALL,
  CALL_KW,
  CALL_EX,
  BINARY_OP,
  COMPARE_OP,
  IS_OP,
  CONTAINS_OP,
  UNARY_NEGATIVE,
  UNARY_POSITIVE,
  UNARY_NOT,
  UNARY_INVERT,
  BINARY_SUBSCR,
  STORE_SUBSCR,
  DELETE_SUBSCR,
  BUILD_SLICE,
  BUILD_TUPLE,
  BUILD_LIST,
  BUILD_SET,
  BUILD_MAP,
  BUILD_STRING,
  LIST_APPEND,
  SET_ADD,
  MAP_ADD,
  LIST_EXTEND,
  SET_UPDATE,
  DICT_UPDATE,
  DICT_MERGE,
  LIST_TO_TUPLE,
  UNPACK_SEQUENCE,
  UNPACK_EX,
  FORMAT_VALUE,
  GET_ITER,
  FOR_ITER,
  JUMP,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  JUMP_IF_FALSE_OR_POP,
  JUMP_IF_TRUE_OR_POP,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
  RETURN_VALUE,
  YIELD_VALUE,
  GET_YIELD_FROM_ITER,
  GET_AWAITABLE,
  SEND,
  MAKE_FUNCTION,
  LOAD_BUILD_CLASS,
  IMPORT_NAME,
  IMPORT_FROM,
  IMPORT_STAR,
  RAISE_VARARGS,
  PUSH_EXC_INFO,
  POP_EXCEPT,
  RERAISE,
  CHECK_EXC_MATCH,
  BEFORE_WITH,
  WITH_EXCEPT_START,
  LOAD_ASSERTION_ERROR,
  SETUP_ANNOTATIONS,
  PRINT_EXPR,
  GET_LEN,
  MATCH_MAPPING,
  MATCH_SEQUENCE,
  MATCH_KEYS,
  POP_ITER,
  MATCH_CLASS,
  LOAD_FAST_LOAD_FAST,
  LOAD_CONST_LOAD_FAST,
  STORE_FAST_LOAD_FAST,
  LOAD_FAST_LOAD_CONST,
  COMPARE_OP_POP_JUMP_IF_FALSE,
  FOR_ITER_STORE_FAST,
  LOAD_FAST_BINARY_OP,
  LOAD_CONST_BINARY_OP,
  BINARY_OP_STORE_FAST,
  BINARY_OP_LOAD_FAST,
  LOAD_FAST_LOAD_ATTR,
  LOAD_FAST_COMPARE_OP,
  LOAD_CONST_COMPARE_OP,
  STORE_FAST_LOAD_CONST,
  LOAD_GLOBAL_LOAD_FAST,
  LOAD_CONST_BINARY_SUBSCR,
  LOAD_FAST_BINARY_SUBSCR,
  BINARY_SUBSCR_STORE_FAST,
  COPY_COPY,
  SWAP_SWAP,
  CONTAINS_OP_POP_JUMP_IF_TRUE,
  CONTAINS_OP_POP_JUMP_IF_FALSE,
  IS_OP_POP_JUMP_IF_FALSE,
  IS_OP_POP_JUMP_IF_TRUE,
  COMPARE_OP_POP_JUMP_IF_TRUE,
  STORE_FAST_STORE_FAST,
}

for (let i = 0; i < OPCODES.length; i++) {
  if (OPCODES[i].op !== i) throw new Error(`opcode table out of order at ${OPCODES[i].name}`);
}

/** Mnemonic of each opcode number. */
export const OPNAMES: readonly string[] = OPCODES.map((o) => o.name);

/** MAKE_FUNCTION flag bits. */
export const MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_ANNOTATIONS = 4, MF_CLOSURE = 8;

/** BINARY_OP offset of the in-place variants. */
export const INPLACE = 16;
