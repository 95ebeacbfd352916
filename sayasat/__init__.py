"""Sayasat: Kazakh and Russian political news pages in, a research dataset out."""

__version__ = "0.1.0"
