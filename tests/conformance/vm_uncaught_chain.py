class AppError(Exception):
    pass


def load(key):
    data = {"a": 1}
    return data[key]


def run():
    try:
        load("b")
    except KeyError as e:
        raise AppError(f"missing {e}") from e


print("start")
run()
