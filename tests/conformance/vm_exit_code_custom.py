import sys


def main():
    print("doing work")
    return 4


if __name__ == "__main__":
    sys.exit(main())
