"""The rulebook: every regulated number and formula of Chi bộ số, written once, with its source.

A screen, a document, a check or a dashboard that needs a Party rule asks this package;
nothing here imports a domain app (see the import-linter contracts in pyproject.toml). Each
module is named after the area a reader will look for:

- `sources`      the regulations themselves: title, status ([C]/[L]/[T]/[I]), successor
- `organization` the chi ủy threshold, probation and the official date (Điều lệ, QĐ 294)
- `votes`        who votes, the majority and two-thirds denominators (one definition)
- `admission`    admitting a member: age, education, sponsors, certificate, deadlines, and the
                 versioned rule sets (2025 in force, 2026 pending) with their form codes
- `meetings`     days ahead for distribution, duration, publishing after the meeting (HD 42)
- `evaluation`   the annual rating: bands, conditions, the excellent cap (QĐ 366, HD 43)
- `documents`    HD 36: signing capacity, standard recipients
- `fees`         đảng phí (QĐ 01): rates by category and year, rounding, exemptions and
                 reductions, the three unpaid months
- `settings`     the parameters a committee may tune for the cells below it
- `feedback`     the parents' portal and survey: identity protection, the 5-point scale and
                 the satisfaction formula, a school's default due days
- `initiatives`  the idea bank: what makes a sáng kiến (NĐ 13/2012), what a recognised one is
                 used for (Luật TĐKT 2022), the school council's default score sheet
"""
