"""One router per resource of the reviewer panel."""
