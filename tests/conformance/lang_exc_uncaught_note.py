class ConfigError(Exception):
    def __str__(self):
        return "config is " + self.args[0]
try:
    raise KeyError("missing")
except KeyError as k:
    e = ConfigError("broken")
    e.add_note("check the file")
    raise e from k
