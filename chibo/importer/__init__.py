"""Importing a cell's existing plans from Word, PDF or text files.

`reader.read_document` turns a file into text blocks in document order (or raises
`ImportReadError` with a Vietnamese message); `parser.parse_plan` turns those blocks into a
`schema.ParsedPlan` that maps one to one onto `chibo.plans` (Plan, Topic, Target). Neither
touches the database.
"""
