"""Plain helpers the test modules share: hand-made records, inputs and readers.

Not test modules (pytest collects nothing here); fixtures live in tests/conftest.py. A test
module imports from here, never from another test module.
"""
