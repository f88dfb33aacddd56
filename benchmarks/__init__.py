"""`make bench`: speed and memory figures of the pipeline's hot paths, printed, not asserted."""
