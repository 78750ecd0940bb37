# Augmented assignment that finds no operator names the augmented operator in its TypeError (+=, **=, ...).
def t(code):
    try: exec(code)
    except TypeError as e: print(e)
t('x = 1; x += "a"')
t('x = 1; x; x += "a"')
t('x = []; x -= 1')
t('x = "a"; x *= "b"')
t('x = 1; x @= 2')
t('x = {}; x |= 1')
t('x = 1.5; x //= "s"')
t('x = [1]; x[0] += "s"')
t('class A: pass\na = A(); a.v = 1; a.v **= "s"')
def f():
    x = 1
    x += "a"
try: f()
except TypeError as e: print(e)
def g(n):
    s = 0
    for i in range(n): s += "a"
try: g(3)
except TypeError as e: print(e)
