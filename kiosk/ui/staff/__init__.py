"""Staff screens of the kiosk window: the PIN pad and the staff menu (docs/kiosk-mode.md)."""
