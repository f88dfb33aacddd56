"""Pure functions that read a posting and say what it is: no I/O, no DuckDB."""
