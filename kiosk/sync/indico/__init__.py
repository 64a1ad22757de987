"""Indico 3.3 as the kiosk's registry: its check-in API behind the RegistryClient seam."""

from kiosk.sync.indico.address import IndicoAddress, parse_event_url
from kiosk.sync.indico.categories import IndicoCategories
from kiosk.sync.indico.client import IndicoClient

__all__ = ["IndicoAddress", "IndicoCategories", "IndicoClient", "parse_event_url"]
