"""Sessions from an iCalendar recurrence rule, computed on the community's wall clock so a
10:00 walk stays at 10:00 across daylight-saving changes."""

from datetime import timedelta

from dateutil.rrule import rrulestr
from django.utils import timezone
from django.utils.translation import gettext as _

# A rule without COUNT or UNTIL would never end: sessions are created a year ahead of now
# (or of the first session), and never more than MAX_SESSIONS at once.
HORIZON = timedelta(days=365)
MAX_SESSIONS = 200


class RecurrenceError(ValueError):
    pass


def occurrences(rule, first_start, zone=None, until=None):
    """Aware datetimes of the sessions `rule` creates from `first_start`, in `zone`."""
    zone = zone or first_start.tzinfo
    local_start = first_start.astimezone(zone).replace(tzinfo=None)
    try:
        recurrence = rrulestr(rule.removeprefix("RRULE:"), dtstart=local_start)
    except (ValueError, TypeError) as error:
        raise RecurrenceError(_("This is not a valid recurrence rule: %s") % error) from None
    until = until or max(timezone.now(), first_start) + HORIZON
    limit = until.astimezone(zone).replace(tzinfo=None)
    starts = []
    for local in recurrence.xafter(local_start, count=MAX_SESSIONS, inc=True):
        if local > limit:
            break
        starts.append(timezone.make_aware(local, zone))
    return starts
