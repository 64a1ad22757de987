"""The staff desk window (`kiosk desk`, docs/desk-window.md): sign-in, people, exceptions,
operations and arrivals, for accreditation staff with a mouse, a keyboard and a scanner."""
