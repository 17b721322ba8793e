"""Models → `schemas/*.schema.json` (generated, committed, checked for drift by the tests)."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from timeline.export.atomic import write_bytes
from timeline.models import Article, Claim, Timeline

SCHEMAS: dict[str, type[BaseModel]] = {"article": Article, "claim": Claim, "timeline": Timeline}


def render(model: type[BaseModel]) -> str:
    """The JSON Schema of a model (serialization mode) as stable, pretty text."""
    schema = model.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def write_schemas(folder: Path = Path("schemas")) -> list[Path]:
    """Write every schema into `folder`; return the paths written."""
    return [
        write_bytes(folder / f"{name}.schema.json", render(model).encode("utf-8"), "choose another --out-dir")
        for name, model in SCHEMAS.items()
    ]
