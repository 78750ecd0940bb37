def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe(1), safe(2))
counter = 0
def default_eval(v=counter):
    return v
counter = 99
print(default_eval(), default_eval.__defaults__)
def kwdefaults(*, a=1, b=[0]):
    b.append(a)
    return b
print(kwdefaults(), kwdefaults(a=5), kwdefaults.__kwdefaults__)
def many(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(many(1, c=3), many(1, 2, 3, 4, c=5, e=6), many(a=1, c=2))
