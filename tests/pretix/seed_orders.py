# Run inside `python -m pretix shell` (peer.seed_orders): many paid orders of one admission ticket
# each, written with Django's bulk_create because the REST API makes about 10 orders a second.
# Reads the JSON file named by KIOSK_SEED_ORDERS: {"organizer", "event", "items": {code: id},
# "people": [[given, family, email, item code, secret], ...]}. Prints one line "ORDERS <count>".
#
# bulk_create skips the models' save(), so this fills what save() would: the order code (unique
# per organizer), the position's pseudonymization id (unique), organizer, tax fields. The secrets
# come from the caller, who gives the same ones to the kiosk. pretix's own bookkeeping of order
# totals (Transaction rows) is left out: check-in and search do not read it.
import json
import os
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.db import transaction
from django_scopes import scopes_disabled
from pretix.base.models import Event, Order, OrderPosition

CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ379"  # pretix's order code alphabet
BATCH = 2000


def code_for(number, length, prefix):
    """A distinct code for each number: its digits in pretix's alphabet, after a prefix."""
    digits = []
    for _ in range(length):
        number, rest = divmod(number, len(CODE_CHARS))
        digits.append(CODE_CHARS[rest])
    return prefix + "".join(reversed(digits))


with open(os.environ["KIOSK_SEED_ORDERS"], encoding="utf-8") as source:
    seed = json.load(source)
with scopes_disabled():
    event = Event.objects.get(organizer__slug=seed["organizer"], slug=seed["event"])
    channel = event.organizer.sales_channels.get(identifier="web")
    taken = Order.objects.filter(event__organizer=event.organizer).count()
    now = datetime.now(UTC)
    people = seed["people"]
    with transaction.atomic():
        for start in range(0, len(people), BATCH):
            chunk = people[start : start + BATCH]
            orders = Order.objects.bulk_create(
                [
                    Order(
                        code=code_for(taken + start + n, 6, "B"),
                        status=Order.STATUS_PAID,
                        organizer=event.organizer,
                        event=event,
                        email=email,
                        locale="en",
                        datetime=now,
                        expires=now + timedelta(days=14),
                        total=Decimal("0.00"),
                        sales_channel=channel,
                    )
                    for n, (_, _, email, _, _) in enumerate(chunk)
                ]
            )
            OrderPosition.all.bulk_create(
                [
                    OrderPosition(
                        order=order,
                        organizer=event.organizer,
                        positionid=1,
                        item_id=seed["items"][item],
                        price=Decimal("0.00"),
                        tax_rate=Decimal("0.00"),
                        tax_value=Decimal("0.00"),
                        attendee_name_cached=f"{given} {family}".strip(),
                        attendee_name_parts={
                            "_scheme": "given_family",
                            "given_name": given,
                            "family_name": family,
                        },
                        attendee_email=email,
                        secret=secret,
                        pseudonymization_id=code_for(taken + start + n, 9, "K"),
                    )
                    for n, (order, (given, family, email, item, secret)) in enumerate(
                        zip(orders, chunk, strict=True)
                    )
                ]
            )
    print(f"ORDERS {len(people)}")
