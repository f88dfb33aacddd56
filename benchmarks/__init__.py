"""`make bench`: the warehouse build against a plain reference on one synthetic corpus."""
