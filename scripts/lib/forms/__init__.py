"""Commune-desk papers laid out like the official forms, in template families kept apart
(`families.py` says which are `dev` and which are `heldout`), drawn with Pillow at scan
resolution with the truth of every page: its lines in reading order and, per document, the
fields as `sohoa export --jsonl` names them. `scripts/make-forms.py` is the command."""
