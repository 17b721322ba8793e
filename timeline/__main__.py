"""`python -m timeline`: the same as the `timeline` command."""

from timeline.cli import main

if __name__ == "__main__":  # worker processes (`--jobs`) import this module without running the CLI
    main()
