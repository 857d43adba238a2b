"""extractor: document intelligence for 5G+工业互联网 融合应用先导区 applications."""

__version__ = "0.1.0"
