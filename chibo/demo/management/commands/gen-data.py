from chibo.demo.management.commands.gen_data import Command  # noqa: F401  (`chibo gen-data`, as in the README)
