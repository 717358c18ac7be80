"""Corpus scale: every document of a folder tree read into one table of targets and actuals."""
