import platform
import signal
import sys

print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple()[:2])
print(platform.python_implementation(), platform.system())
print(isinstance(platform.machine(), str), isinstance(platform.platform(), str))
print(isinstance(platform.node(), str), len(platform.uname()), platform.uname().system)

print(signal.SIGINT, signal.SIGTERM, int(signal.SIGKILL), signal.SIGINT.name, signal.SIGUSR1.value)
print(signal.SIG_DFL, signal.SIG_IGN, int(signal.SIG_IGN))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM))

got = []


def handler(signum, frame):
    got.append(signum)


old = signal.signal(signal.SIGTERM, handler)
print(old, signal.getsignal(signal.SIGTERM) is handler)
print(signal.signal(signal.SIGTERM, signal.SIG_DFL) is handler)
signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
signal.signal(signal.SIGINT, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT))
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print("OSError", e.errno)
try:
    signal.signal(1000, handler)
except ValueError as e:
    print("ValueError:", e)
try:
    signal.signal(signal.SIGTERM, 5)
except TypeError as e:
    print("TypeError:", e)
print(signal.Signals(2), signal.Signals.SIGTERM, signal.strsignal(signal.SIGTERM))
print(signal.NSIG, signal.SIGALRM in signal.valid_signals())
