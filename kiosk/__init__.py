"""On-site check-in kiosk and badge printing for UN conferences."""

__version__ = "0.1.0"
