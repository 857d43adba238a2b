"""Scoring extractor output against labelled gold/v1 corpora."""
