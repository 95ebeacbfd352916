"""Prefect flows: a thin layer of tasks over the pure stage functions in sayasat."""
