"""The bankcodes generator: spec/catalog.json in, every generated artefact out."""
