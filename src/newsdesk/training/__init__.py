"""Training scripts for the models newsdesk ships (`make models`).

These read the gold data in ../shared/data and learn from the learn part of each set only
(evaluate.split); each prints a cross-validated score on the learn part and its score on the
internal test part, and takes `--out DIR` to write its models somewhere other than
src/newsdesk/models/. The recipes and gold readers they share with the scorers live in
newsdesk.evaluate (training depends on evaluate, never the reverse). The installed package
never imports this package at run time, only the weights it writes.
"""
