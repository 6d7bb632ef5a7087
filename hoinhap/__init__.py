"""hoinhap: a sourced registry of a province's or city's international cooperation."""

__version__ = "0.1.0"
