"""Parsers: a file on disk → ParsedDocument (raw blocks, tables, pages, boxes)."""
