"""Pre-screen: a verdict per non-deviable condition of one document (a folder of submissions
is extractor.batch's)."""
