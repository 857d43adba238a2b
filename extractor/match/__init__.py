"""Indicator matching: the frameworks of patterns/frameworks/ and suggestions against them."""
