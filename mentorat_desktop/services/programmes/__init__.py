"""Programmes, their participants and pairs, and the matcher run on them."""
