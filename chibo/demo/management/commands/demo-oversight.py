from chibo.demo.management.commands.demo_oversight import Command  # noqa: F401  (`chibo demo-oversight`)
