"""Training scripts for the models newsdesk ships (`make models`).

These read the gold data in ../shared/data; the installed package never imports them at run
time, only the weights they write to src/newsdesk/models/.
"""
