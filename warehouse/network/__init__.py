"""Pure functions over imported network contacts (no DuckDB, no I/O): organisation
names and domains (`orgs`), and who is the same person across exports (`identity`).
"""
