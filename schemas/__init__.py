"""Table schemas: one column spec gives the Arrow schemas and the pandera models."""
