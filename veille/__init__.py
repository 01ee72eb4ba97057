"""Veille: real-time social-media mention monitoring on Kafka."""

__version__ = "0.1.0"
