class MeetingError(Exception):
    """A domain rule refused the change; the message is for the user, in Vietnamese."""
