import contextvars

var = contextvars.ContextVar("var", default=1)
print(var.name, var.get())
tok = var.set(2)
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
tok2 = var.set(3)
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
var.reset(tok)
print(var.get())
try:
    var.reset(tok)
except RuntimeError:
    print("RuntimeError: used")

nodef = contextvars.ContextVar("nodef")
try:
    nodef.get()
except LookupError:
    print("LookupError")
print(nodef.get("fallback"))


def inside(x):
    var.set(x)
    nodef.set("in")
    return var.get(), nodef.get()


ctx = contextvars.copy_context()
print(ctx.run(inside, 99))
print(var.get(), nodef.get("none"))
print(ctx[var], ctx.get(nodef), var in ctx, len(ctx) >= 2)
print(ctx.run(var.get))
ctx2 = ctx.copy()
ctx2.run(var.set, 5)
print(ctx[var], ctx2[var])

other = contextvars.ContextVar("other")
t = contextvars.copy_context().run(other.set, 1)
try:
    other.reset(t)
except ValueError:
    print("ValueError: different Context")
try:
    ctx.run(lambda: ctx.run(lambda: None))
except RuntimeError:
    print("RuntimeError: already entered")
print(type(contextvars.Context()).__name__, len(contextvars.Context()))
