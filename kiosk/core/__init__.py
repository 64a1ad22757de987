"""Domain types and pure rules: no Qt, no SQL, no clock, no I/O."""
