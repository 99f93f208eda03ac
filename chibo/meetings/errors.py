class MeetingError(Exception):
    """A domain rule refused the change; the message is for the user, in Vietnamese."""


class NeedsConfirmation(MeetingError):
    """The change is allowed but unusual: the user must confirm it (and the form asks)."""
