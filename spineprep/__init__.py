"""SpinePrep: prepare for a spine-clinic visit about lower-back spasms."""

__version__ = "0.1.0"
