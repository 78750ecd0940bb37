# traceback.extract_stack / format_stack from inside nested calls.
import traceback
def inner():
    s = traceback.extract_stack()
    print([(x.name, x.lineno, x.line) for x in s])
    print([(x.name, x.lineno) for x in traceback.extract_stack(limit=2)])
    print(len(traceback.format_stack()), traceback.format_stack()[-1].split(",")[1:])
def outer():
    inner()
outer()
