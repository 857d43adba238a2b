"""Pre-screen: a verdict per non-deviable condition, and batches of submissions."""
