# Run inside `python -m pretix shell`: the organizer, event, products, check-in list, team token and
# an uninitialised device the kiosk tests use. Prints one JSON line.
import json
from datetime import UTC, datetime
from decimal import Decimal

from django_scopes import scopes_disabled
from pretix.base.models import CheckinList, Device, Event, Item, Organizer, Quota, Team

with scopes_disabled():
    org = Organizer.objects.create(name="International Telecommunication Union", slug="itu")
    event = Event.objects.create(
        organizer=org,
        name="WSIS Forum 2022",
        slug="wsis22",
        currency="CHF",
        date_from=datetime(2022, 5, 30, 7, 0, tzinfo=UTC),
        date_to=datetime(2022, 6, 3, 17, 0, tzinfo=UTC),
        live=True,
        plugins="pretix.plugins.banktransfer,pretix.plugins.ticketoutputpdf,pretix.plugins.badges",
    )
    event.settings.timezone = "Europe/Zurich"
    event.settings.locale = "en"
    items = {}
    for code, name in (("PAR", "Participant"), ("SPK", "Speaker"), ("MED", "Media")):
        items[code] = Item.objects.create(
            event=event, name=name, default_price=Decimal("0.00"), admission=True, personalized=True
        )
    quota = Quota.objects.create(event=event, name="All", size=None)
    quota.items.add(*items.values())
    entry = CheckinList.objects.create(event=event, name="Entrance", all_products=True)
    team = Team.objects.create(
        organizer=org,
        name="Kiosk tests",
        all_events=True,
        all_event_permissions=True,
        all_organizer_permissions=True,
    )
    token = team.tokens.create(name="kiosk tests")
    device = Device.objects.create(
        organizer=org,
        device_id=1,
        name="Kiosk ITU-1",
        all_events=True,
        security_profile="pretixscan",
    )
    print(
        "SEED "
        + json.dumps(
            {
                "organizer": org.slug,
                "event": event.slug,
                "checkin_list": entry.pk,
                "items": {code: item.pk for code, item in items.items()},
                "team_token": token.token,
                "device_init_token": device.initialization_token,
            }
        )
    )
