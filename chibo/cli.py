"""The `chibo` command: every manage.py command, plus ours (`chibo demo`, `chibo api-token`)."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chibo.settings")
    from django.core.management import execute_from_command_line

    # Command modules cannot hold a hyphen: `chibo import-plan` runs `import_plan`.
    if len(sys.argv) > 1 and sys.argv[1] in _HYPHENATED:
        sys.argv[1] = _HYPHENATED[sys.argv[1]]
    execute_from_command_line(sys.argv)


_HYPHENATED = {
    "import-plan": "import_plan",
    "import-cleanup": "import_cleanup",
    "send-reminders": "send_reminders",
}


if __name__ == "__main__":
    main()
