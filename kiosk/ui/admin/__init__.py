"""Tools for event IT: windows that show what the kiosk's hardware is doing."""
