import getopt

args = "-a -b val -cfoo --long --with=1 --opt x rest1 rest2".split()
opts, rest = getopt.getopt(args, "abc:", ["long", "with=", "opt="])
print(opts, rest)
print(getopt.getopt(["-a", "file", "-b"], "ab"))
print(getopt.gnu_getopt(["-a", "file", "-b", "--", "-c"], "abc"))
print(getopt.getopt(["--lo", "x"], "", ["long"]))
print(getopt.getopt(["-", "-a"], "a"))
for argv, short, long in [(["-x"], "a", []), (["-c"], "c:", []), (["--nope"], "", ["long"]),
                          (["--long=3"], "", ["long"]), (["--with"], "", ["with="]),
                          (["--l"], "", ["long", "list"])]:
    try:
        getopt.getopt(argv, short, long)
    except getopt.GetoptError as e:
        print("error:", e, "|", e.opt, "|", e.msg)
print(getopt.error is getopt.GetoptError)
