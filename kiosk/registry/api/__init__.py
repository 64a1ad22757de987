"""The registry's HTTP interface (FastAPI): routes, wire models, errors, the fleet page."""
