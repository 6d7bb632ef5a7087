"""The database: tables, engines, sessions, migrations and the history log."""
