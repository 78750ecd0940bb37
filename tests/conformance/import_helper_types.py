# helper module
"""The probe helper of the types_*.py programs: runs f and prints its result's repr or its exception."""


def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
