"""Intake: read documents into sourced candidate figures (numbers, quantities, periods,
entities, facts)."""
