"""awesomelint: lint and canonically rewrite research-paper awesome lists."""
