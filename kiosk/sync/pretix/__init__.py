"""A pretix event as the kiosk's registry (issue 13, docs/pretix.md)."""
