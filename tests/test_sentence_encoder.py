"""The shared sentence encoder at run time (stages/encoder.py), against a tiny random model
built here with the training side's own writers (encoder_graph.build_encoder, write_heads,
write_onnx): the graph computes the BERT forward pass, padding and truncation behave, a
document is encoded once, heads give the shapes they promise."""
from __future__ import annotations

import json

import numpy as np
import pytest

from newsdesk.model import Document, Sentence
from newsdesk.stages.encoder import EncoderMissing, SentenceEncoder

onnx = pytest.importorskip("onnx")

WORDS = ("the minister said prices rose sharply on monday this is a disgrace and "
         "word plan opposition never liked").split()
D, FFN, HEADS, MAX_TOKENS = 16, 32, 4, 12


def tiny_tokenizer() -> str:
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors

    vocab = {w: i for i, w in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", ".", ","] + WORDS)}
    tok = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", 2), ("[SEP]", 3)])
    return tok.to_str()


def tiny_weights(vocab: int, seed: int = 7) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    shapes = {"emb.word": (vocab, D), "emb.position": (64, D), "emb.type": (D,),
              "emb.ln.w": (D,), "emb.ln.b": (D,)}
    for i in range(2):
        p = f"layer{i}."
        shapes.update({p + "qkv.w": (D, 3 * D), p + "qkv.b": (3 * D,), p + "out.w": (D, D),
                       p + "out.b": (D,), p + "ln1.w": (D,), p + "ln1.b": (D,),
                       p + "ffn1.w": (D, FFN), p + "ffn1.b": (FFN,), p + "ffn2.w": (FFN, D),
                       p + "ffn2.b": (D,), p + "ln2.w": (D,), p + "ln2.b": (D,)})
    # float16-exact values: the file stores float16, the reference computes with the same
    return {k: rng.normal(0, 0.5, s).astype(np.float16).astype(np.float32)
            for k, s in shapes.items()}


def tiny_heads(seed: int = 3) -> dict[str, dict]:
    rng = np.random.default_rng(seed)
    return {"subjectivity": {"W": rng.normal(size=(D, 1)), "b": np.array([0.1]),
                             "kind": "binary", "labels": ["OBJ", "SUBJ"], "temperature": 1.7,
                             "threshold": 0.4},
            "cameo5": {"W": rng.normal(size=(D, 5)), "b": np.zeros(5), "kind": "multiclass",
                       "labels": ["a", "b", "c", "d", "e"], "temperature": 0.8,
                       "threshold": float("nan")}}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """(folder, weights) of a tiny 2-layer encoder written as the trainer writes it."""
    from newsdesk.training.sentence_encoder_export import write_heads, write_onnx

    folder = tmp_path_factory.mktemp("tiny_encoder")
    tokenizer = tiny_tokenizer()
    weights = tiny_weights(len(json.loads(tokenizer)["model"]["vocab"]))
    # max_tokens is the runtime's cut: small here, so a test can reach it
    write_onnx(folder, weights, list(tiny_heads()), tokenizer, log=lambda m: None,
               attention_heads=HEADS, max_tokens=MAX_TOKENS)
    write_heads(folder / "sentence_heads.npz", tiny_heads(), {"note": "random"})
    return folder, weights


@pytest.fixture
def encoder(tiny) -> SentenceEncoder:
    folder, _ = tiny
    return SentenceEncoder(folder / "sentence_encoder.onnx", folder / "sentence_heads.npz")


def reference_embedding(w: dict, ids: list[int]) -> np.ndarray:
    """The BERT forward pass in plain numpy, mean-pooled."""
    return reference_tokens(w, ids).mean(0)


def reference_tokens(w: dict, ids: list[int]) -> np.ndarray:
    """The BERT forward pass in plain numpy (exact GELU, attention heads 4): the last layer's
    vector of each token."""
    from scipy.special import erf

    def norm(x, g, b):
        return (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-12) * g + b

    dh = D // HEADS
    x = norm(w["emb.word"][ids] + w["emb.position"][:len(ids)] + w["emb.type"],
             w["emb.ln.w"], w["emb.ln.b"])
    for i in range(2):
        p = f"layer{i}."
        q, k, v = np.split(x @ w[p + "qkv.w"] + w[p + "qkv.b"], 3, axis=-1)
        ctx = []
        for h in range(HEADS):
            c = slice(h * dh, (h + 1) * dh)
            a = q[:, c] @ k[:, c].T / np.sqrt(dh)
            a = np.exp(a - a.max(-1, keepdims=True))
            ctx.append(a / a.sum(-1, keepdims=True) @ v[:, c])
        x = norm(x + np.concatenate(ctx, -1) @ w[p + "out.w"] + w[p + "out.b"],
                 w[p + "ln1.w"], w[p + "ln1.b"])
        inner = x @ w[p + "ffn1.w"] + w[p + "ffn1.b"]
        inner = 0.5 * inner * (1 + erf(inner / np.sqrt(2)))
        x = norm(x + inner @ w[p + "ffn2.w"] + w[p + "ffn2.b"], w[p + "ln2.w"], w[p + "ln2.b"])
    return x


def test_graph_computes_the_mean_pooled_bert_pass(encoder, tiny):
    _, weights = tiny
    sentences = [[2, 6, 9, 3], [2, 7, 8, 10, 11, 12, 13, 3], [2, 3]]
    batched = encoder._run(sentences)
    assert batched.shape == (3, D)
    for row, ids in enumerate(sentences):
        assert np.allclose(batched[row], reference_embedding(weights, ids), atol=2e-4)


def test_padding_does_not_change_a_sentence_vector(encoder):
    short = "Prices rose."
    long_ones = ["The minister said this is a disgrace and never liked the plan " * 2,
                 "the opposition said prices rose sharply on monday"]
    alone = encoder.embed([short])[0]
    batched = encoder.embed([short] + long_ones)
    assert np.allclose(alone, batched[0], atol=1e-5)


def test_long_input_is_cut_at_max_tokens(encoder):
    long_text = " ".join(["word"] * 2000)
    cut = " ".join(["word"] * (MAX_TOKENS - 2))  # [CLS] and [SEP] take two
    vectors = encoder.embed([long_text, cut, ""])
    assert vectors.shape == (3, D) and np.all(np.isfinite(vectors))
    assert np.allclose(vectors[0], vectors[1], atol=1e-5)


def _doc() -> Document:
    text = "The minister said prices rose. This is a disgrace. Prices rose sharply on Monday."
    doc = Document(text=text)
    starts = [0, 31, 51]
    ends = [30, 50, len(text)]
    doc.sentences = [Sentence(i=i, start=a, end=b) for i, (a, b) in enumerate(zip(starts, ends))]
    return doc


def test_a_document_is_encoded_once(encoder):
    doc = _doc()
    first = encoder.encode(doc)
    runs = encoder.runs
    assert runs >= 1 and first.shape == (3, D)
    again = encoder.encode(doc)
    encoder.probabilities(doc, "subjectivity")
    encoder.labels(doc, "cameo5")
    assert encoder.runs == runs  # every later ask is a cache hit
    assert again is first
    # the sentences changed: the cache no longer applies
    doc.sentences = doc.sentences[:2]
    assert encoder.encode(doc).shape == (2, D)
    assert encoder.runs > runs


def test_heads_give_the_promised_shapes(encoder):
    from newsdesk.training.sentence_encoder_calib import head_probabilities

    doc = _doc()
    p = encoder.probabilities(doc, "subjectivity")
    assert p.shape == (3,) and np.all((p >= 0) & (p <= 1))
    dist = encoder.probabilities(doc, "cameo5")
    assert dist.shape == (3, 5) and np.allclose(dist.sum(1), 1.0, atol=1e-5)
    assert set(encoder.labels(doc, "subjectivity")) <= {"OBJ", "SUBJ"}
    assert encoder.labels(doc, "cameo5") == [list("abcde")[k] for k in dist.argmax(1)]
    # the runtime's formula is the one the trainer scored with
    h = tiny_heads()["subjectivity"]
    same = head_probabilities(encoder.encode(doc), h["W"], h["b"], h["temperature"], "binary")
    assert np.allclose(p, same, atol=1e-6)
    with pytest.raises(KeyError):
        encoder.probabilities(doc, "sarcasm")


def test_int8_copy_stays_close(tiny):
    folder, _ = tiny
    int8 = SentenceEncoder(folder / "sentence_encoder.int8.onnx", folder / "sentence_heads.npz")
    assert int8.width == D
    texts = ["The minister said prices rose sharply on Monday.", "This is a disgrace."]
    full = SentenceEncoder(folder / "sentence_encoder.onnx", folder / "sentence_heads.npz")
    a, b = full.embed(texts), int8.embed(texts)
    cos = (a * b).sum(1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)
    assert np.all(cos > 0.95), cos


def test_missing_files_are_named(tmp_path):
    with pytest.raises(EncoderMissing, match="sentence_encoder.onnx.*training events"):
        SentenceEncoder(tmp_path / "sentence_encoder.onnx", tmp_path / "sentence_heads.npz")


def test_only_the_sentences_asked_for_are_encoded(encoder):
    """Stages ask for the sentences they need (voice: the author's; events: those with an
    event candidate); a sentence encoded once is not encoded again, and its vector is the
    one a whole-document pass gives."""
    doc = _doc()
    p = encoder.probabilities(doc, "subjectivity", [2])
    assert p.shape == (1,) and doc.encoded.done.tolist() == [False, False, True]
    runs = encoder.runs
    encoder.probabilities(doc, "cameo5", [2])
    assert encoder.runs == runs  # the same sentence again: a cache hit
    encoder.probabilities(doc, "subjectivity", [0, 2])
    assert encoder.runs == runs + 1 and doc.encoded.done.tolist() == [True, False, True]
    whole = encoder.encode(_doc())
    assert np.allclose(encoder.encode(doc)[[0, 2]], whole[[0, 2]], atol=1e-5)
    assert doc.encoded.done.all()


def test_texts_without_a_document(encoder):
    texts = ["This is a disgrace.", "Prices rose sharply on Monday."]
    scores = encoder.proba(texts)
    assert set(scores) == {"subjectivity"} and scores["subjectivity"].shape == (2,)
    assert encoder.proba(texts, ("cameo5",))["cameo5"].shape == (2, 5)


def test_word_vectors_are_the_mean_of_their_pieces_in_the_same_pass(encoder, tiny):
    """embed_words gives the sentence vectors embed gives, and for each word span the mean of
    the last-layer vectors of the pieces it covers; a span past max_tokens gets zeros."""
    _, weights = tiny
    texts = ["prices rose sharply", "the minister said this is a disgrace"]
    words = [[(0, 6), (7, 11), (0, 11)], [(4, 12), (31, 39)]]
    vectors, word_vectors = encoder.embed_words(texts, words)
    assert np.allclose(vectors, encoder.embed(texts), atol=1e-5)
    vocab = json.loads(tiny_tokenizer())["model"]["vocab"]
    for text, spans, got in zip(texts, words, word_vectors):
        ids = [2] + [vocab[w] for w in text.split()] + [3]
        tokens = reference_tokens(weights, ids)
        assert got.shape == (len(spans), D)
        starts = [0]
        for w in text.split()[:-1]:
            starts.append(starts[-1] + len(w) + 1)
        for (a, b), vec in zip(spans, got):
            pieces = [1 + k for k, s in enumerate(starts) if s < b and s + len(text.split()[k]) > a]
            assert np.allclose(vec, tokens[pieces].mean(0), atol=2e-4), (text, a, b)
    long_text = " ".join(["prices"] * (MAX_TOKENS + 5))
    cut = encoder.embed_words([long_text], [[(0, 6), (len(long_text) - 6, len(long_text))]])[1][0]
    assert np.any(cut[0] != 0) and np.all(cut[1] == 0)


def test_word_vectors_need_the_tokens_output(tmp_path, tiny):
    from newsdesk.training.encoder_graph import build_encoder

    folder, weights = tiny
    header = {"layers": 2, "attention_heads": HEADS, "width": D, "max_tokens": MAX_TOKENS,
              "heads": list(tiny_heads())}
    onnx.save(build_encoder(weights, header, tiny_tokenizer()), str(tmp_path / "plain.onnx"))
    plain = SentenceEncoder(tmp_path / "plain.onnx", folder / "sentence_heads.npz")
    assert plain.embed(["prices rose"]).shape == (1, D)
    with pytest.raises(ValueError, match="tokens"):
        plain.embed_words(["prices rose"], [[(0, 6)]])
