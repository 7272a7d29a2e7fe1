"""Sentences of the derivation check that other stages recognise (practice reads them back)."""

CARRIED_FORWARD = "the final result is wrong (an earlier error carried forward)"
VECTOR_IN_BODY = "a transpose or product of vectors"  # ∂z/∂w of z = wᵀx: judged as vectors
REPLACES_LINE_ABOVE = "it replaces the line above"   # a line right again after a wrong one
AGAINST_THE_ANSWER = "compared with the problem's answer"   # a first line's ok, by the target
TARGET = "target"   # the method of every judgement against the problem's answer starts so
SET_TO_ZERO = "set to 0: an equation to solve (the lines after it are checked against it)"
RESTATED = "agrees with the definition of"  # a given restated (`g(x) = x^3`): no answer yet
