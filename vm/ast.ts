// The abstract syntax tree, mirroring CPython 3.11's `ast` module node for node and field for field.
//
// Every node is a plain object whose `kind` tag is the CPython class name (TS interface names
// differ only where they would clash: `ExprStmt` is CPython's `Expr` statement, `SetExpr` is `Set`,
// and `Constant.kind_` is CPython's `Constant.kind`). Optional fields
// (CPython `expr?`, `identifier?`) are `null` when absent; sequences are arrays.

/**
 * Source position carried by statements, expressions, arguments, keywords, aliases,
 * exception handlers and patterns: 1-based lines, 0-based columns counted in code points
 * (as CPython's `lineno`, `col_offset`, `end_lineno`, `end_col_offset`).
 */
export interface Located {
  /** First line of the node (1-based). */
  lineno: number;
  /** Column of the node's first code point (0-based). */
  col_offset: number;
  /** Last line of the node (1-based). */
  end_lineno: number;
  /** Column just past the node's last code point (0-based). */
  end_col_offset: number;
}

// ---------------------------------------------------------------------------------------
// Operators and contexts
// ---------------------------------------------------------------------------------------

/** Expression context: whether a Name/Attribute/Subscript/Starred/List/Tuple is read, assigned or deleted. */
export type ExprContext = "Load" | "Store" | "Del";

/** Boolean operators (`and`, `or`). */
export type BoolOpKind = "And" | "Or";

/** Binary arithmetic/bitwise operators, also used by augmented assignment. */
export type OperatorKind =
  | "Add"
  | "Sub"
  | "Mult"
  | "MatMult"
  | "Div"
  | "Mod"
  | "Pow"
  | "LShift"
  | "RShift"
  | "BitOr"
  | "BitXor"
  | "BitAnd"
  | "FloorDiv";

/** Unary operators (`~`, `not`, `+`, `-`). */
export type UnaryOpKind = "Invert" | "Not" | "UAdd" | "USub";

/** Comparison operators. */
export type CmpOpKind = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

/**
 * The value of a `Constant` node (and of `MatchSingleton`). Ints are normalised: a JS number
 * when |x| <= 2^53-1, else a bigint. `complex` literals are pure imaginary (`1j`).
 */
export type ConstantValue =
  | {
      /** An int. */
      type: "int";
      /** The value: a number when |x| <= 2^53-1, else a bigint. */
      value: number | bigint;
    }
  | {
      /** A float. */
      type: "float";
      /** The value. */
      value: number;
    }
  | {
      /** A pure imaginary complex literal such as `2j`. */
      type: "complex";
      /** The imaginary part. */
      imag: number;
    }
  | {
      /** A str. */
      type: "str";
      /** The value (a JS string; code points beyond U+FFFF are surrogate pairs). */
      value: string;
    }
  | {
      /** A bytes object. */
      type: "bytes";
      /** The bytes. */
      value: Uint8Array;
    }
  | {
      /** True or False. */
      type: "bool";
      /** The value. */
      value: boolean;
    }
  | {
      /** None. */
      type: "None";
    }
  | {
      /** The Ellipsis (`...`). */
      type: "Ellipsis";
    };

// ---------------------------------------------------------------------------------------
// Modules
// ---------------------------------------------------------------------------------------

/** A type-ignore comment (`# type: ignore`); never produced by taipan's parser but kept for shape. */
export interface TypeIgnore {
  /** Node tag. */
  kind: "TypeIgnore";
  /** Line of the comment. */
  lineno: number;
  /** Text after `ignore`. */
  tag: string;
}

/** A module parsed in "exec" mode. */
export interface Module {
  /** Node tag. */
  kind: "Module";
  /** The module's statements. */
  body: Stmt[];
  /** Always empty (type comments are ignored). */
  type_ignores: TypeIgnore[];
}

/** Source parsed in "single" (interactive) mode. */
export interface Interactive {
  /** Node tag. */
  kind: "Interactive";
  /** The statements of one interactive input. */
  body: Stmt[];
}

/** Source parsed in "eval" mode: a single expression. */
export interface Expression {
  /** Node tag. */
  kind: "Expression";
  /** The expression. */
  body: Expr;
}

/** A function type comment (`(int, str) -> bool`); kept for shape, never produced. */
export interface FunctionType {
  /** Node tag. */
  kind: "FunctionType";
  /** Argument types. */
  argtypes: Expr[];
  /** Return type. */
  returns: Expr;
}

/** Any top-level node produced by the parser. */
export type Mod = Module | Interactive | Expression | FunctionType;

// ---------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------

/** `def name(args) -> returns: body`. */
export interface FunctionDef extends Located {
  /** Node tag. */
  kind: "FunctionDef";
  /** Function name. */
  name: string;
  /** Parameters. */
  args: Arguments;
  /** Body statements. */
  body: Stmt[];
  /** Decorators, outermost first (source order). */
  decorator_list: Expr[];
  /** Return annotation. */
  returns: Expr | null;
  /** Type comment (always null). */
  type_comment: string | null;
}

/** `async def name(args) -> returns: body`. */
export interface AsyncFunctionDef extends Located {
  /** Node tag. */
  kind: "AsyncFunctionDef";
  /** Function name. */
  name: string;
  /** Parameters. */
  args: Arguments;
  /** Body statements. */
  body: Stmt[];
  /** Decorators in source order. */
  decorator_list: Expr[];
  /** Return annotation. */
  returns: Expr | null;
  /** Type comment (always null). */
  type_comment: string | null;
}

/** `class name(bases, keywords): body`. */
export interface ClassDef extends Located {
  /** Node tag. */
  kind: "ClassDef";
  /** Class name. */
  name: string;
  /** Positional base expressions (may include Starred). */
  bases: Expr[];
  /** Keyword arguments such as `metaclass=`. */
  keywords: Keyword[];
  /** Body statements. */
  body: Stmt[];
  /** Decorators in source order. */
  decorator_list: Expr[];
}

/** `return value`. */
export interface Return extends Located {
  /** Node tag. */
  kind: "Return";
  /** Returned expression, or null for a bare `return`. */
  value: Expr | null;
}

/** `del a, b`. */
export interface Delete extends Located {
  /** Node tag. */
  kind: "Delete";
  /** Targets, with ctx "Del". */
  targets: Expr[];
}

/** `t1 = t2 = value`. */
export interface Assign extends Located {
  /** Node tag. */
  kind: "Assign";
  /** Targets, left to right, with ctx "Store". */
  targets: Expr[];
  /** Assigned value. */
  value: Expr;
  /** Type comment (always null). */
  type_comment: string | null;
}

/** `target op= value`. */
export interface AugAssign extends Located {
  /** Node tag. */
  kind: "AugAssign";
  /** Name, Attribute or Subscript with ctx "Store". */
  target: Expr;
  /** The operator. */
  op: OperatorKind;
  /** Right-hand side. */
  value: Expr;
}

/** `target: annotation = value`. */
export interface AnnAssign extends Located {
  /** Node tag. */
  kind: "AnnAssign";
  /** Name, Attribute or Subscript with ctx "Store". */
  target: Expr;
  /** The annotation. */
  annotation: Expr;
  /** Assigned value, if any. */
  value: Expr | null;
  /** 1 when the target is a plain name not in parentheses, else 0. */
  simple: number;
}

/** `for target in iter: body else: orelse`. */
export interface For extends Located {
  /** Node tag. */
  kind: "For";
  /** Loop target (ctx "Store"). */
  target: Expr;
  /** Iterated expression. */
  iter: Expr;
  /** Loop body. */
  body: Stmt[];
  /** `else` block. */
  orelse: Stmt[];
  /** Type comment (always null). */
  type_comment: string | null;
}

/** `async for target in iter: body else: orelse`. */
export interface AsyncFor extends Located {
  /** Node tag. */
  kind: "AsyncFor";
  /** Loop target (ctx "Store"). */
  target: Expr;
  /** Iterated expression. */
  iter: Expr;
  /** Loop body. */
  body: Stmt[];
  /** `else` block. */
  orelse: Stmt[];
  /** Type comment (always null). */
  type_comment: string | null;
}

/** `while test: body else: orelse`. */
export interface While extends Located {
  /** Node tag. */
  kind: "While";
  /** Loop condition. */
  test: Expr;
  /** Loop body. */
  body: Stmt[];
  /** `else` block. */
  orelse: Stmt[];
}

/** `if test: body else: orelse` (an `elif` is a nested If in `orelse`). */
export interface If extends Located {
  /** Node tag. */
  kind: "If";
  /** Condition. */
  test: Expr;
  /** Then-block. */
  body: Stmt[];
  /** Else-block. */
  orelse: Stmt[];
}

/** `with items: body`. */
export interface With extends Located {
  /** Node tag. */
  kind: "With";
  /** Context managers. */
  items: WithItem[];
  /** Body statements. */
  body: Stmt[];
  /** Type comment (always null). */
  type_comment: string | null;
}

/** `async with items: body`. */
export interface AsyncWith extends Located {
  /** Node tag. */
  kind: "AsyncWith";
  /** Context managers. */
  items: WithItem[];
  /** Body statements. */
  body: Stmt[];
  /** Type comment (always null). */
  type_comment: string | null;
}

/** `match subject: cases`. */
export interface Match extends Located {
  /** Node tag. */
  kind: "Match";
  /** The matched expression. */
  subject: Expr;
  /** The `case` blocks. */
  cases: MatchCase[];
}

/** `raise exc from cause`. */
export interface Raise extends Located {
  /** Node tag. */
  kind: "Raise";
  /** Raised exception, or null for a bare `raise`. */
  exc: Expr | null;
  /** The `from` expression. */
  cause: Expr | null;
}

/** `try: body except...: handlers else: orelse finally: finalbody`. */
export interface Try extends Located {
  /** Node tag. */
  kind: "Try";
  /** Protected block. */
  body: Stmt[];
  /** `except` clauses. */
  handlers: ExceptHandler[];
  /** `else` block. */
  orelse: Stmt[];
  /** `finally` block. */
  finalbody: Stmt[];
}

/** `try: ... except* ...:` (exception groups). */
export interface TryStar extends Located {
  /** Node tag. */
  kind: "TryStar";
  /** Protected block. */
  body: Stmt[];
  /** `except*` clauses. */
  handlers: ExceptHandler[];
  /** `else` block. */
  orelse: Stmt[];
  /** `finally` block. */
  finalbody: Stmt[];
}

/** `assert test, msg`. */
export interface Assert extends Located {
  /** Node tag. */
  kind: "Assert";
  /** Asserted condition. */
  test: Expr;
  /** Message expression. */
  msg: Expr | null;
}

/** `import a.b as c, d`. */
export interface Import extends Located {
  /** Node tag. */
  kind: "Import";
  /** Imported names. */
  names: Alias[];
}

/** `from ..module import a as b`. */
export interface ImportFrom extends Located {
  /** Node tag. */
  kind: "ImportFrom";
  /** Dotted module name, or null for `from . import x`. */
  module: string | null;
  /** Imported names (a single `*` alias for star imports). */
  names: Alias[];
  /** Number of leading dots (0 for absolute imports). */
  level: number;
}

/** `global a, b`. */
export interface Global extends Located {
  /** Node tag. */
  kind: "Global";
  /** Declared names. */
  names: string[];
}

/** `nonlocal a, b`. */
export interface Nonlocal extends Located {
  /** Node tag. */
  kind: "Nonlocal";
  /** Declared names. */
  names: string[];
}

/** An expression used as a statement. */
export interface ExprStmt extends Located {
  /** Node tag (CPython's class is `Expr`). */
  kind: "Expr";
  /** The expression. */
  value: Expr;
}

/** `pass`. */
export interface Pass extends Located {
  /** Node tag. */
  kind: "Pass";
}

/** `break`. */
export interface Break extends Located {
  /** Node tag. */
  kind: "Break";
}

/** `continue`. */
export interface Continue extends Located {
  /** Node tag. */
  kind: "Continue";
}

/** Any statement node. */
export type Stmt =
  | FunctionDef
  | AsyncFunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | AsyncFor
  | While
  | If
  | With
  | AsyncWith
  | Match
  | Raise
  | Try
  | TryStar
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

// ---------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------

/** `a and b and c` (one node for a chain of the same operator). */
export interface BoolOp extends Located {
  /** Node tag. */
  kind: "BoolOp";
  /** The operator. */
  op: BoolOpKind;
  /** Two or more operands. */
  values: Expr[];
}

/** `target := value`. */
export interface NamedExpr extends Located {
  /** Node tag. */
  kind: "NamedExpr";
  /** A Name with ctx "Store". */
  target: Expr;
  /** Assigned value. */
  value: Expr;
}

/** `left op right`. */
export interface BinOp extends Located {
  /** Node tag. */
  kind: "BinOp";
  /** Left operand. */
  left: Expr;
  /** The operator. */
  op: OperatorKind;
  /** Right operand. */
  right: Expr;
}

/** `op operand`. */
export interface UnaryOp extends Located {
  /** Node tag. */
  kind: "UnaryOp";
  /** The operator. */
  op: UnaryOpKind;
  /** Operand. */
  operand: Expr;
}

/** `lambda args: body`. */
export interface Lambda extends Located {
  /** Node tag. */
  kind: "Lambda";
  /** Parameters (never annotated). */
  args: Arguments;
  /** Body expression. */
  body: Expr;
}

/** `body if test else orelse`. */
export interface IfExp extends Located {
  /** Node tag. */
  kind: "IfExp";
  /** Condition. */
  test: Expr;
  /** Value when true. */
  body: Expr;
  /** Value when false. */
  orelse: Expr;
}

/** `{k: v, **m}`; a null key marks a `**m` unpacking whose mapping is the matching value. */
export interface Dict extends Located {
  /** Node tag. */
  kind: "Dict";
  /** Keys (null for `**` entries). */
  keys: (Expr | null)[];
  /** Values. */
  values: Expr[];
}

/** `{a, b}`. */
export interface SetExpr extends Located {
  /** Node tag (CPython's class is `Set`). */
  kind: "Set";
  /** Elements. */
  elts: Expr[];
}

/** `[elt for ...]`. */
export interface ListComp extends Located {
  /** Node tag. */
  kind: "ListComp";
  /** Element expression. */
  elt: Expr;
  /** The `for`/`if` clauses. */
  generators: Comprehension[];
}

/** `{elt for ...}`. */
export interface SetComp extends Located {
  /** Node tag. */
  kind: "SetComp";
  /** Element expression. */
  elt: Expr;
  /** The `for`/`if` clauses. */
  generators: Comprehension[];
}

/** `{key: value for ...}`. */
export interface DictComp extends Located {
  /** Node tag. */
  kind: "DictComp";
  /** Key expression. */
  key: Expr;
  /** Value expression. */
  value: Expr;
  /** The `for`/`if` clauses. */
  generators: Comprehension[];
}

/** `(elt for ...)`. */
export interface GeneratorExp extends Located {
  /** Node tag. */
  kind: "GeneratorExp";
  /** Element expression. */
  elt: Expr;
  /** The `for`/`if` clauses. */
  generators: Comprehension[];
}

/** `await value`. */
export interface Await extends Located {
  /** Node tag. */
  kind: "Await";
  /** Awaited expression. */
  value: Expr;
}

/** `yield value`. */
export interface Yield extends Located {
  /** Node tag. */
  kind: "Yield";
  /** Yielded value, or null. */
  value: Expr | null;
}

/** `yield from value`. */
export interface YieldFrom extends Located {
  /** Node tag. */
  kind: "YieldFrom";
  /** Delegated iterable. */
  value: Expr;
}

/** `left op1 c1 op2 c2 ...` (one node for a whole chain). */
export interface Compare extends Located {
  /** Node tag. */
  kind: "Compare";
  /** Leftmost operand. */
  left: Expr;
  /** Operators, one per comparator. */
  ops: CmpOpKind[];
  /** Right operands. */
  comparators: Expr[];
}

/** `func(args, keywords)`. */
export interface Call extends Located {
  /** Node tag. */
  kind: "Call";
  /** Called expression. */
  func: Expr;
  /** Positional arguments (Starred for `*a`). */
  args: Expr[];
  /** Keyword arguments (arg null for `**k`). */
  keywords: Keyword[];
}

/** One `{value!conversion:format_spec}` field of an f-string. */
export interface FormattedValue extends Located {
  /** Node tag. */
  kind: "FormattedValue";
  /** The formatted expression. */
  value: Expr;
  /** -1 for none, else the code of 's' (115), 'r' (114) or 'a' (97). */
  conversion: number;
  /** The format spec as a JoinedStr, or null. */
  format_spec: Expr | null;
}

/** An f-string: a sequence of Constant str parts and FormattedValue fields. */
export interface JoinedStr extends Located {
  /** Node tag. */
  kind: "JoinedStr";
  /** Parts. */
  values: Expr[];
}

/** A literal value. */
export interface Constant extends Located {
  /** Node tag. */
  kind: "Constant";
  /** The value. */
  value: ConstantValue;
  /** CPython's `kind` field (renamed: `kind` is the node tag): "u" for a `u"..."` string, else null. */
  kind_: string | null;
}

/** `value.attr`. */
export interface Attribute extends Located {
  /** Node tag. */
  kind: "Attribute";
  /** Object expression. */
  value: Expr;
  /** Attribute name. */
  attr: string;
  /** Context. */
  ctx: ExprContext;
}

/** `value[slice]`. */
export interface Subscript extends Located {
  /** Node tag. */
  kind: "Subscript";
  /** Subscripted expression. */
  value: Expr;
  /** Index: an expression, a Slice, or a Tuple possibly containing Slices. */
  slice: Expr;
  /** Context. */
  ctx: ExprContext;
}

/** `*value` in a call, display or assignment target. */
export interface Starred extends Located {
  /** Node tag. */
  kind: "Starred";
  /** Starred expression. */
  value: Expr;
  /** Context. */
  ctx: ExprContext;
}

/** A name. */
export interface Name extends Located {
  /** Node tag. */
  kind: "Name";
  /** Identifier (NFKC-normalised). */
  id: string;
  /** Context. */
  ctx: ExprContext;
}

/** `[a, b]`. */
export interface List extends Located {
  /** Node tag. */
  kind: "List";
  /** Elements. */
  elts: Expr[];
  /** Context. */
  ctx: ExprContext;
}

/** `(a, b)` or `a, b`. */
export interface Tuple extends Located {
  /** Node tag. */
  kind: "Tuple";
  /** Elements. */
  elts: Expr[];
  /** Context. */
  ctx: ExprContext;
}

/** `lower:upper:step` inside a subscript. */
export interface Slice extends Located {
  /** Node tag. */
  kind: "Slice";
  /** Lower bound. */
  lower: Expr | null;
  /** Upper bound. */
  upper: Expr | null;
  /** Step. */
  step: Expr | null;
}

/** Any expression node. */
export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

// ---------------------------------------------------------------------------------------
// Auxiliary nodes
// ---------------------------------------------------------------------------------------

/** One `for target in iter if ifs` clause of a comprehension. */
export interface Comprehension {
  /** Node tag (CPython's class is `comprehension`). */
  kind: "comprehension";
  /** Loop target (ctx "Store"). */
  target: Expr;
  /** Iterated expression. */
  iter: Expr;
  /** Filter conditions. */
  ifs: Expr[];
  /** 1 for `async for`, else 0. */
  is_async: number;
}

/** One `except type as name: body` clause. */
export interface ExceptHandler extends Located {
  /** Node tag. */
  kind: "ExceptHandler";
  /** Exception type expression, or null for a bare `except:`. */
  type: Expr | null;
  /** Bound name. */
  name: string | null;
  /** Handler body. */
  body: Stmt[];
}

/** The parameters of a function or lambda. */
export interface Arguments {
  /** Node tag (CPython's class is `arguments`). */
  kind: "arguments";
  /** Parameters before `/`. */
  posonlyargs: Arg[];
  /** Ordinary positional-or-keyword parameters. */
  args: Arg[];
  /** `*args`. */
  vararg: Arg | null;
  /** Parameters after `*` or `*args`. */
  kwonlyargs: Arg[];
  /** Defaults of kwonlyargs, one per parameter (null when it has none). */
  kw_defaults: (Expr | null)[];
  /** `**kwargs`. */
  kwarg: Arg | null;
  /** Defaults of the last positional parameters (posonlyargs then args). */
  defaults: Expr[];
}

/** One parameter. */
export interface Arg extends Located {
  /** Node tag. */
  kind: "arg";
  /** Parameter name. */
  arg: string;
  /** Annotation. */
  annotation: Expr | null;
  /** Type comment (always null). */
  type_comment: string | null;
}

/** A keyword argument `arg=value`, or `**value` when arg is null. */
export interface Keyword extends Located {
  /** Node tag. */
  kind: "keyword";
  /** Keyword name, or null for `**`. */
  arg: string | null;
  /** Value. */
  value: Expr;
}

/** `name as asname` in an import. */
export interface Alias extends Located {
  /** Node tag. */
  kind: "alias";
  /** Dotted name (or "*"). */
  name: string;
  /** Bound name. */
  asname: string | null;
}

/** One `expr as target` item of a `with` statement. */
export interface WithItem {
  /** Node tag. */
  kind: "withitem";
  /** Context manager expression. */
  context_expr: Expr;
  /** Target (ctx "Store"), or null. */
  optional_vars: Expr | null;
}

/** One `case pattern if guard: body` block. */
export interface MatchCase {
  /** Node tag. */
  kind: "match_case";
  /** The pattern. */
  pattern: Pattern;
  /** Guard expression. */
  guard: Expr | null;
  /** Body. */
  body: Stmt[];
}

// ---------------------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------------------

/** A value pattern: a literal or dotted name compared with `==`. */
export interface MatchValue extends Located {
  /** Node tag. */
  kind: "MatchValue";
  /** The value expression. */
  value: Expr;
}

/** `None`, `True` or `False`, compared with `is`. */
export interface MatchSingleton extends Located {
  /** Node tag. */
  kind: "MatchSingleton";
  /** The singleton (type "None" or "bool"). */
  value: ConstantValue;
}

/** `[p1, p2, *rest]` or `(p1, p2)`. */
export interface MatchSequence extends Located {
  /** Node tag. */
  kind: "MatchSequence";
  /** Sub-patterns (at most one MatchStar). */
  patterns: Pattern[];
}

/** `{key: p, **rest}`. */
export interface MatchMapping extends Located {
  /** Node tag. */
  kind: "MatchMapping";
  /** Key expressions (literals or dotted names). */
  keys: Expr[];
  /** Patterns, one per key. */
  patterns: Pattern[];
  /** Name bound to the remaining items. */
  rest: string | null;
}

/** `Cls(p1, attr=p2)`. */
export interface MatchClass extends Located {
  /** Node tag. */
  kind: "MatchClass";
  /** Class expression (a Name or dotted Attribute). */
  cls: Expr;
  /** Positional sub-patterns. */
  patterns: Pattern[];
  /** Keyword attribute names. */
  kwd_attrs: string[];
  /** Keyword sub-patterns. */
  kwd_patterns: Pattern[];
}

/** `*name` (or `*_`, name null) inside a sequence pattern. */
export interface MatchStar extends Located {
  /** Node tag. */
  kind: "MatchStar";
  /** Bound name, or null for `*_`. */
  name: string | null;
}

/** `pattern as name`, a capture `name`, or the wildcard `_` (both null). */
export interface MatchAs extends Located {
  /** Node tag. */
  kind: "MatchAs";
  /** Inner pattern. */
  pattern: Pattern | null;
  /** Bound name. */
  name: string | null;
}

/** `p1 | p2 | ...`. */
export interface MatchOr extends Located {
  /** Node tag. */
  kind: "MatchOr";
  /** Alternatives. */
  patterns: Pattern[];
}

/** Any pattern node. */
export type Pattern =
  | MatchValue
  | MatchSingleton
  | MatchSequence
  | MatchMapping
  | MatchClass
  | MatchStar
  | MatchAs
  | MatchOr;

/** Any node of the tree. */
export type Node =
  | Mod
  | Stmt
  | Expr
  | Pattern
  | Comprehension
  | ExceptHandler
  | Arguments
  | Arg
  | Keyword
  | Alias
  | WithItem
  | MatchCase
  | TypeIgnore;
