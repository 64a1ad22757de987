"""Synthetic sample data (WSIS Forum 2022): the event, a programme and fictional participants.

Imports only kiosk.core. Everything generated here carries ``is_sample=True``.
"""
