"""CAMEO codes of framed acts: an act someone intends, appeals for, demands, refuses or
threatens is coded as that framing, not as the act ("vowed to send aid" is 033, intent to
give aid; "threatened sanctions" is 1312). The tables follow the CAMEO 1.1b3 codebook's
sub-codes of roots 03, 02, 10, 12 and 13 for each root of the framed act; clauses.py and
modality.py find the frame, `frame_code` gives its code.
"""
from __future__ import annotations


# CAMEO root → the code for "express intent to do it" (03x), "appeal for it" (02x),
# "demand it" (10x), "refuse it" (12x), "threaten it" (13x).
INTENT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "03": "030",
          "09": "030", "02": "030"}
INTENT_SUB = {"061": "0311", "062": "0312", "063": "0313", "064": "0314", "071": "0331",
              "072": "0332", "073": "0333", "074": "0334", "084": "0353", "085": "0354",
              "087": "0356", "0871": "0356", "0874": "0356", "046": "036", "045": "039",
              "086": "0355"}
APPEAL = {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025", "03": "020"}
APPEAL_SUB = {"072": "0232", "071": "0231", "073": "0233", "084": "0253", "085": "0254",
              "087": "0256", "0871": "0256", "0874": "0256", "045": "028", "046": "026"}
DEMAND = {"04": "108", "05": "102", "06": "101", "07": "103", "08": "105", "03": "100"}
DEMAND_SUB = {"084": "1053", "0841": "1053", "085": "1054", "087": "106", "0874": "106",
              "0871": "107", "072": "1032", "071": "1031", "081": "1051", "082": "1052",
              # "demanded that the RSF allow humanitarian access": CAMEO's own leaf for
              # demands to allow outside involvement, not the mediation of the 08 root
              "086": "1055", "0861": "1055", "0862": "1055", "0863": "1055"}
REFUSE = {"04": "125", "05": "120", "06": "121", "07": "122", "08": "124", "03": "120",
          "02": "120", "14": "120", "15": "120", "16": "120", "17": "120", "18": "120",
          "19": "120"}
REFUSE_SUB = {"084": "1243", "085": "1244", "087": "1246", "0874": "1246", "045": "126",
              "0861": "1245", "0862": "1245", "086": "1245", "072": "1222", "071": "1221"}
THREAT = {"14": "133", "15": "138", "16": "131", "17": "137", "18": "1383", "19": "138",
          "20": "1385", "12": "130", "04": "134", "08": "130"}
THREAT_SUB = {"163": "1312", "161": "1313", "162": "1311", "164": "134", "165": "135",
              "166": "136", "191": "1381", "192": "1382", "190": "1384", "195": "1384",
              "1723": "1323", "1722": "1322", "1724": "1324", "172": "132", "143": "133"}
FRAMES = {"intent": (INTENT, INTENT_SUB), "appeal": (APPEAL, APPEAL_SUB),
          "demand": (DEMAND, DEMAND_SUB), "refuse": (REFUSE, REFUSE_SUB),
          "threaten": (THREAT, THREAT_SUB)}


def frame_code(frame: str, inner: str) -> str | None:
    """The code for an event framed by an intent/appeal/demand/refusal/threat verb."""
    by_root, by_sub = FRAMES[frame]
    for n in (4, 3):
        if inner[:n] in by_sub:
            return by_sub[inner[:n]]
    return by_root.get(inner[:2])


# Frame verbs: their complement is the act, and they set its modality ("agreed to visit",
# "urged Moscow to withdraw", "refused to sign", "threatened to strike").
FRAME_VERBS = {
    "intent": {"agree", "offer", "promise", "pledge", "vow", "commit", "volunteer",
               "ready", "willing", "prepared"},
    "appeal": {"urge", "ask", "call", "appeal", "request", "invite", "encourage", "plead",
               "seek"},
    "demand": {"demand", "insist", "press", "push", "pressure", "order"},
    "refuse": {"refuse", "decline", "reject", "fail", "oppose"},
    "threaten": {"threaten", "warn"},
}
FRAME_OF = {lemma: frame for frame, lemmas in FRAME_VERBS.items() for lemma in lemmas}


def frame_of(frame_tok) -> str | None:
    """The frame (intent, appeal, demand, refuse, threaten) of a frame verb, or None."""
    return FRAME_OF.get(frame_tok.lemma_.lower()) if frame_tok is not None else None
