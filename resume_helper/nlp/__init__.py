"""Language processing: language detection, lemma analysis and the spaCy skill pipeline."""
