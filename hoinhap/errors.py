"""The only exception hierarchy. Domain code raises these; interfaces convert them once."""


class HoinhapError(Exception):
    """Base of every error hoinhap raises on purpose."""

    status = 500


class UserError(HoinhapError):
    """Bad input or an unusable environment: the message is shown to the user as is."""

    status = 400


class NotFound(UserError):
    """A thing the user named does not exist."""

    status = 404


class Conflict(UserError):
    """The request contradicts what is already stored."""

    status = 409


class DatabaseUnavailable(UserError):
    """The database could not be reached or opened."""

    status = 503
