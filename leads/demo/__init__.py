"""The offline demo: bundled snapshots of every source in their real formats."""
