"""Fuzzing: hostile and mutated inputs through the reader, the skill engine, check and tailor."""
