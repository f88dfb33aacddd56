"""Measure warmleads on real postings against hand labels: `python -m evaluation`.

The files of `../shared/real-postings` are served on loopback at their real API paths
(`formats`), the real extractors and ranking run over them (`run`), and what they
conclude is held against `labels.jsonl` for the profiles of `profiles.toml`
(`compare`, `scoring`), then printed (`report`).
"""
