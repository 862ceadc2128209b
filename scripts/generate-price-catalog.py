#!/usr/bin/env python3
"""Generates TokenLedger's bundled price catalog from the genai-prices dataset.

    scripts/generate-price-catalog.py PATH/TO/genai-prices/data.json

Writes resources/pricing/genai-prices.json: the same v2 schema, trimmed to what TokenLedger
reads (ids, names, match rules, prices, constraints, fallbacks), with every number copied as
the exact text the dataset has: numbers are never turned into binary floats on the way. Also
writes resources/pricing/genai-prices.source.json (where the data came from) and the MIT
notice the dataset's licence requires. Standard library only.
"""
import datetime
import hashlib
import json
import pathlib
import sys

PROVIDER_KEYS = ("id", "name", "fallback_model_providers", "models")
MODEL_KEYS = ("id", "name", "match", "deprecated", "prices")

NOTICE = """genai-prices (https://github.com/pydantic/genai-prices)

MIT License

Copyright (c) Pydantic Services Inc. 2025 to present

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""


class Number(str):
    """A JSON number kept as the text it was written with."""


def dump(value):
    if isinstance(value, Number):
        return str(value)
    if isinstance(value, dict):
        return "{" + ",".join(json.dumps(k) + ":" + dump(v) for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(dump(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    source = pathlib.Path(sys.argv[1])
    raw = source.read_bytes()
    data = json.loads(raw, parse_float=Number, parse_int=Number)
    if not isinstance(data, list) or not all(isinstance(p, dict) and "models" in p for p in data):
        sys.exit(f"{source}: not a genai-prices v2 dataset (expected a list of providers)")

    trimmed = []
    models = 0
    for provider in data:
        p = {k: provider[k] for k in PROVIDER_KEYS if k in provider}
        p["models"] = [{k: m[k] for k in MODEL_KEYS if k in m} for m in provider["models"]]
        models += len(p["models"])
        trimmed.append(p)

    out = pathlib.Path(__file__).resolve().parent.parent / "resources" / "pricing"
    out.mkdir(parents=True, exist_ok=True)
    (out / "genai-prices.json").write_text(
        "[\n" + ",\n".join(dump(p) for p in trimmed) + "\n]\n", encoding="utf-8")

    source_md = source.parent / "SOURCE.md"
    commit_date = ""
    commit = ""
    if source_md.exists():
        for line in source_md.read_text(encoding="utf-8").splitlines():
            if line.startswith("- **Commit:**"):
                parts = line.split("`")
                commit = parts[1] if len(parts) > 1 else ""
                if "dated " in line:
                    commit_date = line.split("dated ", 1)[1].split("T", 1)[0]
    (out / "genai-prices.source.json").write_text(json.dumps({
        "dataset": "pydantic/genai-prices prices/new_data/v2/data.json",
        "commit": commit,
        "date": commit_date,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "providers": len(trimmed),
        "models": models,
        "generated": datetime.date.today().isoformat(),
    }, indent=2) + "\n", encoding="utf-8")
    (out / "LICENSE-genai-prices.txt").write_text(NOTICE, encoding="utf-8")
    print(f"wrote {out}/genai-prices.json: {len(trimmed)} providers, {models} models")


if __name__ == "__main__":
    main()
