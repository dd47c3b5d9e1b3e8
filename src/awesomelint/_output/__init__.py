"""Renderers of findings: one module per ``--format``."""
