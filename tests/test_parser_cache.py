"""The parsers kept on disk: loaded only from a file this user alone can write, read the same."""

import os
import pickle

import pytest

from tutor.read import grammar


def _kept(tmp_path, mode: int, content: bytes | None = None):
    folder = tmp_path / "tutor"
    folder.mkdir(mode=0o700)
    path = folder / "parser.pickle"
    if content is None:
        grammar._store(grammar.parser_for("plain"), path)
    else:
        path.write_bytes(content)
    os.chmod(path, mode)
    return path


CASES = [  # (file mode, content (None: a parser as stored), loaded?)
    (0o600, None, True),
    (0o644, None, True),
    (0o666, None, False),   # anyone may have written it
    (0o620, None, False),   # the group may have written it
    (0o600, b"not a pickle", False),
    (0o600, pickle.dumps({"a": 1}), False),  # a pickle, not a parser
]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners are a POSIX matter")
@pytest.mark.parametrize("mode, content, loaded", CASES)
def test_a_kept_parser_is_loaded_only_when_private_and_whole(tmp_path, mode, content, loaded):
    path = _kept(tmp_path, mode, content)
    assert (grammar._load_cached(path) is not None) == loaded


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners are a POSIX matter")
def test_a_folder_others_may_write_keeps_nothing(tmp_path):
    path = _kept(tmp_path, 0o600)
    os.chmod(path.parent, 0o777)
    assert grammar._load_cached(path) is None
    grammar._store(grammar.parser_for("plain"), path.parent / "other.pickle")
    assert not (path.parent / "other.pickle").exists()


@pytest.mark.parametrize("syntax, text", [
    ("plain", "d/dx (x^2 + 3x) = 2x + 3"),
    ("latex", r"\lim_{h \to 0} \frac{(x+h)^2 - x^2}{h} = 2x"),
    ("latex", r"H(X) = -\sum_{i=1}^{n} \frac{1}{n} \log_2 \frac{1}{n}"),
])
def test_a_kept_parser_reads_as_a_built_one(tmp_path, syntax, text):
    path = tmp_path / "kept.pickle"
    grammar._store(grammar.build_parser(syntax), path)
    assert grammar._load_cached(path).parse(text) == grammar.build_parser(syntax).parse(text)
