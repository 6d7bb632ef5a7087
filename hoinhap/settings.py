"""Settings, read from the environment (prefix HOINHAP_) when asked for, never at import."""

import getpass

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class Settings(BaseSettings):
    """Every setting hoinhap reads. Documented in docs/settings.md."""

    model_config = SettingsConfigDict(env_prefix="HOINHAP_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///hoinhap.db",
        description="SQLAlchemy URL of the database; a SQLite file in the working directory "
        "by default.",
    )
    user: str = Field(
        default_factory=_default_user,
        description="Who is recorded in history and as the person entering or accepting "
        "figures; the login name by default.",
    )
    debug: bool = Field(
        default=False, description="Show tracebacks on errors (same as the CLI's --debug)."
    )


def get_settings() -> Settings:
    """Read the settings from the environment now."""
    return Settings()
