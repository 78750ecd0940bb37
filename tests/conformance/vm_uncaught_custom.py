class ConfigError(Exception):
    pass


def load(cfg):
    if "name" not in cfg:
        raise ConfigError("missing 'name' in config")
    return cfg["name"]


print(load({"name": "ok"}))
load({})
