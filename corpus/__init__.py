"""A generator of labelled (gold/v1) application documents for testing the extractor."""
