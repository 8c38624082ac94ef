"""SpinePrep: prepare for a spine-clinic visit about lower-back spasms."""

__version__ = "0.1.0"

#: Title of the sheet as a document and as a print job: generic on purpose, never a patient's name.
DOCUMENT_TITLE = "SpinePrep summary sheet"
