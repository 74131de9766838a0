"""Write the shared sentence encoder as an ONNX graph (training side; needs the `onnx`
package).

The stages run the fine-tuned MiniLM through onnxruntime (stages/encoder.py): on this
machine's 2 cores that is about 3.5x faster than the same forward pass in numpy, because
onnxruntime fuses the bias adds into GELU and layer norm and runs softmax and layer norm
multi-threaded without temporaries.

`build_encoder(weights, header, tokenizer_json)` (the heads live outside the graph) takes the
weights in the layout training exports (dense weights as (in, out) matrices,
query/key/value side by side) and returns an ONNX model with
- inputs `input_ids` (int64, batch x tokens) and `attention_mask` (float32, 1 for a token,
  0 for padding);
- output `embedding` (float32, batch x width): the mean of the last layer's token vectors
  over real tokens;
- weights stored as float16 (half the file) and cast to float32 when the session loads them
  (onnxruntime folds the casts once, so the forward pass is all float32);
- `metadata_props` holding the header (head names, layer count) and the WordPiece tokenizer,
  so one file is the whole model.
"""
from __future__ import annotations

import json

import numpy as np

OPSET = 20  # the first opset with a standard Gelu operator
IR_VERSION = 9  # the file format of opset 20: onnxruntime 1.17 and later read it
LAYER_NORM_EPS = 1e-12


class _Graph:
    """Collects nodes and initializers; every helper returns the name of its output."""

    def __init__(self):
        self.nodes, self.initializers = [], []

    def const(self, name: str, value) -> str:
        from onnx import numpy_helper  # optional (onnx: the test/train extras only)

        self.initializers.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def weight(self, name: str, value: np.ndarray) -> str:
        """A float32 weight kept as float16 in the file, cast back on load."""
        stored = self.const(name + ".f16", np.asarray(value, dtype=np.float16))
        return self.op("Cast", stored, to=1, name=name)  # 1 = FLOAT

    def op(self, op_type: str, *inputs: str, name: str | None = None, **attrs) -> str:
        from onnx import helper  # optional (onnx: the test/train extras only)

        out = name or f"{op_type.lower()}_{len(self.nodes)}"
        self.nodes.append(helper.make_node(op_type, list(inputs), [out], **attrs))
        return out

    def dense(self, x: str, w: str, b: str) -> str:
        return self.op("Add", self.op("MatMul", x, w), b)

    def layer_norm(self, x: str, w: str, b: str) -> str:
        return self.op("LayerNormalization", x, w, b, axis=-1, epsilon=LAYER_NORM_EPS)


def _attention(g: _Graph, x: str, p: str, mask_bias: str, heads: int, width: int) -> str:
    """Multi-head self-attention of one layer, (batch, tokens, width) in and out."""
    per_head = width // heads
    qkv = g.dense(x, p + "qkv.w", p + "qkv.b")
    qkv = g.op("Reshape", qkv, g.const(p + "qkv.shape", np.array([0, 0, 3, heads, per_head])))
    qkv = g.op("Transpose", qkv, perm=[2, 0, 3, 1, 4])  # (3, batch, heads, tokens, per_head)
    q, k, v = (g.op("Gather", qkv, g.const(f"{p}pick{j}", np.array(j))) for j in range(3))
    scores = g.op("MatMul", q, g.op("Transpose", k, perm=[0, 1, 3, 2]))
    scores = g.op("Add", g.op("Mul", scores, g.const(p + "scale", np.float32(per_head ** -0.5))),
                  mask_bias)
    context = g.op("MatMul", g.op("Softmax", scores, axis=-1), v)
    context = g.op("Transpose", context, perm=[0, 2, 1, 3])
    context = g.op("Reshape", context, g.const(p + "context.shape", np.array([0, 0, width])))
    return g.dense(context, p + "out.w", p + "out.b")


def _encoder_body(g: _Graph, weights: dict[str, np.ndarray], header: dict,
                  dense_float32: bool = False, gather_then_cast: bool = False) -> str:
    """Embeddings and the transformer layers: the name of the last layer's token vectors
    (batch, tokens, width). Weights are stored as float16 and cast on load, except
    - `dense_float32`: the layers' matrices as plain float32 initializers, so that
      onnxruntime.quantization can find and quantise every MatMul weight;
    - `gather_then_cast`: the word table stays float16 in memory and only the rows looked up
      are cast (half the session's memory for the largest tensor)."""
    for key, value in weights.items():
        if dense_float32 and key.startswith("layer") and np.ndim(value) == 2:
            g.const(key, np.asarray(value, dtype=np.float32))
        elif gather_then_cast and key == "emb.word":
            g.const(key + ".f16", np.asarray(value, dtype=np.float16))
        else:
            g.weight(key, value)
    width = weights["emb.word"].shape[1]
    heads, layers = int(header["attention_heads"]), int(header["layers"])

    # embeddings: word + position + token type 0, then layer norm
    length = g.op("Gather", g.op("Shape", "input_ids"), g.const("axis1", np.array(1)))
    positions = g.op("Range", g.const("zero", np.array(0)), length, g.const("step", np.array(1)))
    if gather_then_cast:
        words = g.op("Cast", g.op("Gather", "emb.word.f16", "input_ids"), to=1)
    else:
        words = g.op("Gather", "emb.word", "input_ids")
    x = g.op("Add", words, g.op("Gather", "emb.position", positions))
    x = g.layer_norm(g.op("Add", x, "emb.type"), "emb.ln.w", "emb.ln.b")
    # padding gets -10000 before the softmax, so attention ignores it
    blocked = g.op("Sub", g.const("one", np.float32(1.0)), "attention_mask")
    mask_bias = g.op("Unsqueeze", g.op("Mul", blocked, g.const("minus", np.float32(-1e4))),
                     g.const("axes12", np.array([1, 2])))
    for i in range(layers):
        p = f"layer{i}."
        x = g.layer_norm(g.op("Add", x, _attention(g, x, p, mask_bias, heads, width)),
                         p + "ln1.w", p + "ln1.b")
        inner = g.op("Gelu", g.dense(x, p + "ffn1.w", p + "ffn1.b"))
        x = g.layer_norm(g.op("Add", x, g.dense(inner, p + "ffn2.w", p + "ffn2.b")),
                         p + "ln2.w", p + "ln2.b")
    return x


def _mean_pool(g: _Graph, x: str, name: str | None = None) -> str:
    """The mean of the token vectors over real tokens (attention_mask 1): (batch, width)."""
    mask = g.op("Unsqueeze", "attention_mask", g.const("axis2", np.array([2])))
    summed = g.op("ReduceSum", g.op("Mul", x, mask), g.const("token_axis", np.array([1])),
                  keepdims=0)
    count = g.op("ReduceSum", "attention_mask", g.const("token_axis1", np.array([1])), keepdims=1)
    return g.op("Div", summed, count, name=name)


def _inputs():
    from onnx import TensorProto, helper  # optional (onnx: the test/train extras only)

    return [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.FLOAT,
                                          ["batch", "tokens"])]


def _finish(g: _Graph, name: str, outputs: list, props: dict):
    from onnx import checker, helper  # optional (onnx: the test/train extras only)

    graph = helper.make_graph(g.nodes, name, _inputs(), outputs, g.initializers)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="newsdesk.training")
    model.ir_version = IR_VERSION
    helper.set_model_props(model, props)
    checker.check_model(model)
    return model


def build_encoder(weights: dict[str, np.ndarray], header: dict, tokenizer_json: str,
                  dense_float32: bool = False, tokens: bool = False):
    """The shared sentence encoder (stages/encoder.py runs it; the heads live outside, in
    sentence_heads.npz): outputs `embedding` (float32, batch x width), the mean of the last
    layer's vectors over real tokens, and with `tokens` also `tokens` (batch x tokens x
    width). `weights` are the encoder's only (emb.*, layer*); `dense_float32` writes the
    input of int8 quantisation (see _encoder_body)."""
    from onnx import TensorProto, helper  # optional (onnx: the test/train extras only)

    g = _Graph()
    x = _encoder_body(g, weights, header, dense_float32=dense_float32, gather_then_cast=True)
    width = weights["emb.word"].shape[1]
    _mean_pool(g, x, name="embedding")
    out = [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", width])]
    if tokens:
        g.op("Identity", x, name="tokens")
        out.append(helper.make_tensor_value_info("tokens", TensorProto.FLOAT,
                                                 ["batch", "tokens", width]))
    return _finish(g, "sentence_encoder", out,
                   {"header": json.dumps(header), "tokenizer": tokenizer_json})
