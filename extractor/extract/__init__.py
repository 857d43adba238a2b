"""Claim extraction: numbers, context and field patterns over the normalised text."""
