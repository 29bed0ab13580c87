"""Character and word error rates between truth and OCR text, both NFC with whitespace
collapsed (line breaks and column order are layout, not recognition)."""
import re
import unicodedata

import Levenshtein


def normalise(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def strip_marks(text):
    """Diacritics-blind form: tone and vowel marks removed, đ -> d."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return bare.replace("đ", "d").replace("Đ", "D")


def char_errors(truth, hypothesis):
    truth, hypothesis = normalise(truth), normalise(hypothesis)
    return Levenshtein.distance(truth, hypothesis), len(truth)


def word_errors(truth, hypothesis):
    # Map each distinct word to one code point so Levenshtein counts word edits.
    vocabulary = {}
    def encode(text):
        return "".join(chr(0x100 + vocabulary.setdefault(w, len(vocabulary))) for w in normalise(text).split(" ") if w)
    t, h = encode(truth), encode(hypothesis)
    return Levenshtein.distance(t, h), len(t)


def words_missed(truth, hypothesis):
    """Order-free: truth words (with their marks) not found among the hypothesis words, as a
    multiset. Reading order and line breaks cannot count here, only what was read wrong or
    not at all."""
    from collections import Counter
    t, h = Counter(normalise(truth).split(" ")), Counter(normalise(hypothesis).split(" "))
    return sum((t - h).values()), sum(t.values())
