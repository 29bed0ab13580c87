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


def dropped_line_words(truth_lines, hypothesis):
    """Words of the truth that sit in lines the OCR lost as a whole: a truth line counts as
    dropped when fewer than half of its words (with their marks, as a multiset) appear anywhere
    in the hypothesis. Misreading a word or two keeps a line; losing a block of label/value
    lines (what Tesseract's page segmentation does beside dotted leaders, seals and QR codes)
    does not. Returns (words in dropped lines, all truth words, the dropped lines)."""
    from collections import Counter
    available = Counter(normalise(hypothesis).split(" "))
    dropped_words, total, dropped = 0, 0, []
    for line in truth_lines:
        words = [w for w in normalise(line).split(" ") if w]
        if not words:
            continue
        total += len(words)
        found = 0
        for w in words:
            if available[w] > 0:
                available[w] -= 1
                found += 1
        if found * 2 < len(words):
            dropped_words += len(words)
            dropped.append(line)
    return dropped_words, total, dropped
