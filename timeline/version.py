"""The package version, stamped on every claim and export."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = f"timeline {__version__}"
