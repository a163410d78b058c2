"""Entry point: `python -m organiser` and the `organiser` script."""

from organiser.cli import main

if __name__ == "__main__":
    main()
