"""Scanners: keyboard wedge, serial port and webcam; layout recovery; one scan per code."""
