"""The arXiv layer: identifiers in URLs and prose, title comparison, and paper metadata from
the arXiv API, a local cache and a committed lockfile.

Nothing here imports httpx at module level, so offline runs never load the HTTP client.
"""
