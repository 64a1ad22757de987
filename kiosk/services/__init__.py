"""Use cases: combine core rules with the store, printers, scanners and the registry."""
