"""Labelled passages for the indicator matcher, built from the gold/v1 corpus by build.py."""
