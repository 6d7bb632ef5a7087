"""The registry: places, organisations, cooperation records and sourced figures."""
