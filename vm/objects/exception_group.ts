// BaseExceptionGroup / ExceptionGroup (Objects/exceptions.c) and the runtime half of `except*`
// (CPython's CHECK_EG_MATCH and _PyExc_PrepReraiseStar), exposed to compiled code as builtin
// functions the compiler loads as constants.
import { PyType, PyObject, None, typeOf, typeType, type PyValue } from "./object.js";
import { PyBuiltin, defMethod, defGetSet } from "./function.js";
import { PyList } from "./list.js";
import { newTuple, PyTuple } from "./tuple.js";
import { PyException, BaseException, Exception, exceptionTypes } from "./exception.js";
import { raise } from "../raise.js";
import { allocInstance, toArray, call, isTrue, str, getAttr, setAttr } from "../ops.js";

interface GroupData {
  message: string;
  excs: PyException[];
}
const groups = new WeakMap<PyException, GroupData>();

const allocException = (cls: PyType): PyObject => new PyException(cls);

/** `BaseExceptionGroup`. */
export const BaseExceptionGroup = new PyType(typeType, "BaseExceptionGroup", [BaseException], allocException);
BaseExceptionGroup.mro = [BaseExceptionGroup, ...BaseException.mro];
BaseExceptionGroup.hasInstanceDict = true;
/** `ExceptionGroup` (BaseExceptionGroup, Exception). */
export const ExceptionGroup = new PyType(typeType, "ExceptionGroup", [BaseExceptionGroup, Exception], allocException);
ExceptionGroup.mro = [ExceptionGroup, BaseExceptionGroup, ...Exception.mro];
ExceptionGroup.hasInstanceDict = true;
exceptionTypes.set("BaseExceptionGroup", BaseExceptionGroup);
exceptionTypes.set("ExceptionGroup", ExceptionGroup);

function G(v: PyValue): GroupData {
  const g = v instanceof PyException ? groups.get(v) : undefined;
  if (g === undefined) raise("TypeError", `descriptor requires a 'BaseExceptionGroup' object but received a '${typeOf(v).name}'`);
  return g;
}

/** True if `v` is an exception group. */
export function isGroup(v: PyValue): boolean {
  return v instanceof PyException && groups.has(v);
}

BaseExceptionGroup.ns.set("__new__", new PyBuiltin("__new__", (args, kw) => {
  let cls = args[0] as PyType;
  const a = args.slice(1);
  if (kw !== null && kw.size > 0) raise("TypeError", `${cls.name}() takes no keyword arguments`);
  if (a.length !== 2) raise("TypeError", `BaseExceptionGroup.__new__() takes exactly 2 arguments (${a.length} given)`);
  const [message, seq] = a;
  if (typeof message !== "string") raise("TypeError", `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  if (typeof seq !== "object" || seq instanceof PyException || typeOf(seq).lookup("__getitem__") === undefined || typeOf(seq).lookup("__len__") === undefined) {
    raise("TypeError", "second argument (exceptions) must be a sequence");
  }
  const items = toArray(seq);
  if (items.length === 0) raise("ValueError", "second argument (exceptions) must be a non-empty sequence");
  let allExc = true;
  items.forEach((x, i) => {
    if (!(x instanceof PyException)) raise("ValueError", `Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.cls.isSubtype(Exception)) allExc = false;
  });
  if (cls === BaseExceptionGroup) {
    if (allExc) cls = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (!allExc) raise("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!allExc && cls.isSubtype(Exception)) {
    raise("TypeError", `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const e = allocInstance(cls) as PyException;
  e.args = a;
  groups.set(e, { message, excs: items as PyException[] });
  return e;
}));
defMethod(BaseExceptionGroup, "__init__", (args) => {
  const e = args[0] as PyException;
  e.args = args.slice(1);
  return None;
});
defMethod(BaseExceptionGroup, "__str__", (args) => {
  const g = G(args[0]);
  const n = g.excs.length;
  return `${g.message} (${n} sub-exception${n === 1 ? "" : "s"})`;
});
defGetSet(BaseExceptionGroup, "message", (s) => G(s).message);
defGetSet(BaseExceptionGroup, "exceptions", (s) => newTuple(G(s).excs.slice()));
defMethod(BaseExceptionGroup, "derive", (args) => call(BaseExceptionGroup, [G(args[0]).message, args[1]]));

type Matcher = (e: PyException) => boolean;

function isExcClass(v: PyValue): v is PyType {
  return v instanceof PyType && v.isSubtype(BaseException);
}

function makeMatcher(cond: PyValue): Matcher {
  if (isExcClass(cond)) return (e) => e.cls.isSubtype(cond);
  if (cond instanceof PyTuple && cond.items.every(isExcClass)) {
    const ts = cond.items as PyType[];
    return (e) => ts.some((t) => e.cls.isSubtype(t));
  }
  if (typeof cond === "object" && !(cond instanceof PyTuple) && typeOf(cond).lookup("__call__") !== undefined) {
    return (e) => isTrue(call(cond, [e]));
  }
  raise("TypeError", "expected a function, exception type or tuple of exception types");
}

/** Copies __traceback__, __cause__, __context__ and __notes__ from `from` to `to`. */
function copyMetadata(from: PyException, to: PyException): void {
  to.traceback = from.traceback.slice();
  to.cause = from.cause;
  to.context = from.context;
  to.suppressContext = from.suppressContext;
  const notes = from.dict?.getStr("__notes__");
  if (notes !== undefined) setAttr(to, "__notes__", notes);
}

function deriveAndCopy(orig: PyException, excs: PyException[]): PyException {
  const r = call(getAttr(orig, "derive"), [new PyList(excs)]);
  if (!isGroup(r)) raise("TypeError", "derive must return an instance of BaseExceptionGroup");
  if (!(r instanceof PyException)) throw new Error("unreachable");
  copyMetadata(orig, r);
  return r;
}

function splitRec(e: PyException, m: Matcher, rest: boolean): [PyException | null, PyException | null] {
  if (m(e)) return [e, null];
  const g = groups.get(e);
  if (g === undefined) return [null, rest ? e : null];
  const ms: PyException[] = [], rs: PyException[] = [];
  for (const x of g.excs) {
    const [a, b] = splitRec(x, m, rest);
    if (a !== null) ms.push(a);
    if (b !== null) rs.push(b);
  }
  return [ms.length ? deriveAndCopy(e, ms) : null, rest && rs.length ? deriveAndCopy(e, rs) : null];
}

defMethod(BaseExceptionGroup, "split", (args) => {
  const e = args[0] as PyException;
  G(e);
  const [a, b] = splitRec(e, makeMatcher(args[1]), true);
  return newTuple([a ?? None, b ?? None]);
});
defMethod(BaseExceptionGroup, "subgroup", (args) => {
  const e = args[0] as PyException;
  G(e);
  return splitRec(e, makeMatcher(args[1]), false)[0] ?? None;
});

// ----------------------------------------------------------------------------- except*

/** The state of one `except*` statement while its clauses run. */
class StarState extends PyObject {
  rest: PyValue;
  raised: PyException[] = [];
  produced = new Set<PyValue>();
  constructor(readonly orig: PyException) {
    super(BaseException);
    this.rest = orig;
    this.produced.add(orig);
  }
}

/** `except*` entry: wraps the caught exception in the clause-matching state. */
export const starInit = new PyBuiltin("<except* init>", (args) => new StarState(args[0] as PyException));

/** One `except* T` clause: the matching part (None if nothing matches); the rest stays in the state. */
export const starMatch = new PyBuiltin("<except* match>", (args) => {
  const st = args[0] as StarState;
  const spec = args[1];
  const specs = spec instanceof PyTuple ? spec.items : [spec];
  for (const t of specs) {
    if (!isExcClass(t)) raise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
    if (t.isSubtype(BaseExceptionGroup)) raise("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
  const rest = st.rest;
  if (!(rest instanceof PyException)) return None;
  const m = makeMatcher(spec);
  let match: PyValue = None;
  if (m(rest)) {
    if (isGroup(rest)) match = rest;
    else {
      const w = call(ExceptionGroup, ["", newTuple([rest])]) as PyException;
      w.traceback = rest.traceback.slice();
      match = w;
    }
    st.rest = None;
  } else if (isGroup(rest)) {
    const pair = call(getAttr(rest, "split"), [spec]);
    const [a, b] = pair instanceof PyTuple ? pair.items : [None, rest];
    match = a;
    st.rest = b;
  }
  st.produced.add(match);
  st.produced.add(st.rest);
  return match;
});

/** An exception raised by an `except*` clause body. */
export const starRecord = new PyBuiltin("<except* record>", (args) => {
  (args[0] as StarState).raised.push(args[1] as PyException);
  return None;
});

function leaves(e: PyException, out: Set<PyException>): void {
  const g = groups.get(e);
  if (g === undefined) out.add(e);
  else for (const x of g.excs) leaves(x, out);
}

/** After the clauses: what to raise (None when everything was handled). */
export const starFinish = new PyBuiltin("<except* finish>", (args) => {
  const st = args[0] as StarState;
  const excs: PyException[] = st.raised.slice();
  if (st.rest instanceof PyException) excs.push(st.rest);
  if (excs.length === 0) return None;
  if (!isGroup(st.orig)) return excs[0];
  const raised: PyException[] = [], reraised: PyException[] = [];
  for (const e of excs) (st.produced.has(e) ? reraised : raised).push(e);
  let reraisedEg: PyException | null = null;
  if (reraised.length > 0) {
    const keep = new Set<PyException>();
    for (const e of reraised) leaves(e, keep);
    reraisedEg = splitRec(st.orig, (e) => keep.has(e), false)[0];
  }
  if (raised.length === 0) return reraisedEg ?? None;
  if (reraisedEg !== null) raised.push(reraisedEg);
  return call(BaseExceptionGroup, ["", new PyList(raised)]);
});

void str;
